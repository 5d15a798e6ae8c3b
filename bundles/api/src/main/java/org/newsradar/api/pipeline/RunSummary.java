package org.newsradar.api.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did.
 *
 * @param sources         pages read (or attempted)
 * @param failedSources   inputs that yielded an error record
 * @param skipped         files passed over inside folders (not pages)
 * @param stories         story records written
 * @param storiesPerTopic accepted stories per topic
 * @param storyErrors     stories on which some classifier or extractor failed
 * @param elapsed         wall time of the run
 */
public record RunSummary(int sources, int failedSources, int skipped, int stories,
	Map<String, Integer> storiesPerTopic, int storyErrors, Duration elapsed) {

	public RunSummary {
		storiesPerTopic = Map.copyOf(storiesPerTopic);
	}

	/** @return one human-readable line, e.g. for the end of a command-line run */
	public String describe() {
		double seconds = elapsed.toNanos() / 1e9;
		return String.format(java.util.Locale.ROOT,
			"sources %d, failed %d, skipped %d, stories %d, per topic %s, story errors %d, %.2f s (%.1f stories/s)",
			sources, failedSources, skipped, stories, new TreeMap<>(storiesPerTopic), storyErrors, seconds,
			seconds > 0 ? stories / seconds : 0.0);
	}
}
