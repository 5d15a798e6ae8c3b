package org.newsradar.export.report;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsradar.api.model.StoryRecord;

/**
 * What the charts and filters need from a whole run, in memory bounded by the number of topics
 * and regions, not of stories.
 */
final class Tally {
	/** Key of the stories that no topic accepted, in {@link #regionTopics}. */
	static final String NO_TOPIC = "-";

	int stories;
	int withoutTopic;
	int sourceErrors;
	final Set<String> topics = new TreeSet<>();
	final Map<String, Integer> storiesPerTopic = new TreeMap<>();
	final Map<String, Integer> storiesPerRegion = new TreeMap<>();
	/** Per region, stories per accepted topic (or {@link #NO_TOPIC}). */
	final Map<String, Map<String, Integer>> regionTopics = new TreeMap<>();

	void add(StoryRecord r) {
		stories++;
		topics.addAll(r.scores().keySet());
		topics.addAll(r.topics());
		if (r.topics().isEmpty()) {
			withoutTopic++;
		}
		for (String topic : r.topics()) {
			storiesPerTopic.merge(topic, 1, Integer::sum);
		}
		for (String region : new TreeSet<>(r.regions())) {
			storiesPerRegion.merge(region, 1, Integer::sum);
			Map<String, Integer> perTopic = regionTopics.computeIfAbsent(region, k -> new TreeMap<>());
			if (r.topics().isEmpty()) {
				perTopic.merge(NO_TOPIC, 1, Integer::sum);
			}
			for (String topic : r.topics()) {
				perTopic.merge(topic, 1, Integer::sum);
			}
		}
	}
}
