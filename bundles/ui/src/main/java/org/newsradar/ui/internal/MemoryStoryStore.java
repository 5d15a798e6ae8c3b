package org.newsradar.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.newsradar.api.model.StoryRecord;
import org.newsradar.ui.api.Overview;
import org.newsradar.ui.api.StoryPage;
import org.newsradar.ui.api.StoryQuery;
import org.newsradar.ui.api.StoryStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The story store in memory, bounded: past its capacity the stories held longest are let go.
 * Queries scan every story (thousands take milliseconds) so that any filter combination works
 * without indexes to keep in step.
 */
// immediate: the stories live as long as the bundle, not as long as someone holds the service
@Component(service = { StoryStore.class, MemoryStoryStore.class }, configurationPid = MemoryStoryStore.PID,
	immediate = true)
@Designate(ocd = MemoryStoryStore.Config.class)
public class MemoryStoryStore implements StoryStore {
	static final String PID = "org.newsradar.ui.store";

	@ObjectClassDefinition(name = "newsradar workbench story store", description = "The stories the web workbench holds.")
	public @interface Config {
		@AttributeDefinition(description = "Most stories held; past it the stories held longest are let go.")
		int max_stories() default 50_000;
	}

	/** A story as held: its record, when it arrived, and its text folded for searching. */
	private record Held(StoryRecord record, long arrival, String folded) {
	}

	private static final Comparator<Held> NEWEST_FIRST = Comparator
		.comparing((Held h) -> h.record().date(), Comparator.nullsLast(Comparator.<String>reverseOrder()))
		.thenComparing(Comparator.comparingLong(Held::arrival).reversed());

	private final ReadWriteLock lock = new ReentrantReadWriteLock();
	/** In arrival order: the first entry is the one held longest. */
	private final LinkedHashMap<String, Held> stories = new LinkedHashMap<>();
	private long arrivals;
	private volatile int capacity = 50_000;

	@Activate
	@Modified
	void configure(Config config) {
		capacity = Math.max(1, config.max_stories());
	}

	/**
	 * Adds records, replacing those with the same id.
	 *
	 * @return the ids that were not held before
	 */
	public Set<String> add(List<StoryRecord> records) {
		Set<String> added = new java.util.HashSet<>();
		lock.writeLock().lock();
		try {
			for (StoryRecord r : records) {
				// removed first so that a story read again counts as the latest arrival
				if (stories.remove(r.id()) == null) {
					added.add(r.id());
				}
				stories.put(r.id(), new Held(r, arrivals++, fold(r)));
			}
			Iterator<String> oldest = stories.keySet().iterator();
			while (stories.size() > capacity && oldest.hasNext()) {
				added.remove(oldest.next());
				oldest.remove();
			}
		} finally {
			lock.writeLock().unlock();
		}
		return added;
	}

	/** @return every story held, in arrival order */
	public List<StoryRecord> all() {
		lock.readLock().lock();
		try {
			return stories.values().stream().map(Held::record).toList();
		} finally {
			lock.readLock().unlock();
		}
	}

	@Override
	public StoryPage find(StoryQuery q) {
		String[] words = q.text() == null ? new String[0] : q.text().toLowerCase(Locale.ROOT).split("\\s+");
		List<Held> matching = new ArrayList<>();
		lock.readLock().lock();
		try {
			for (Held h : stories.values()) {
				if (matches(h, q, words)) {
					matching.add(h);
				}
			}
		} finally {
			lock.readLock().unlock();
		}
		matching.sort(NEWEST_FIRST);
		int from = Math.min(q.offset(), matching.size());
		int to = Math.min(matching.size(), from + q.limit());
		return new StoryPage(matching.size(), from, matching.subList(from, to).stream().map(Held::record).toList());
	}

	private static boolean matches(Held h, StoryQuery q, String[] words) {
		StoryRecord r = h.record();
		if (q.topic() != null && !(NO_TOPIC.equals(q.topic()) ? r.topics().isEmpty() : r.topics().contains(q.topic()))) {
			return false;
		}
		if (q.region() != null && !r.regions().contains(q.region())) {
			return false;
		}
		if (q.outlet() != null && !q.outlet().equals(r.outlet())) {
			return false;
		}
		if (q.source() != null && !q.source().equals(r.source())) {
			return false;
		}
		if ((q.from() != null || q.to() != null) && (r.date() == null || (q.from() != null && r.date().compareTo(q.from()) < 0)
			|| (q.to() != null && r.date().compareTo(q.to()) > 0))) {
			return false;
		}
		for (String w : words) {
			if (!h.folded().contains(w)) {
				return false;
			}
		}
		return true;
	}

	private static String fold(StoryRecord r) {
		return String.join("\n", r.title(), r.body(), r.outlet() == null ? "" : r.outlet(), r.source())
			.toLowerCase(Locale.ROOT);
	}

	@Override
	public Optional<StoryRecord> story(String id) {
		lock.readLock().lock();
		try {
			return Optional.ofNullable(stories.get(id)).map(Held::record);
		} finally {
			lock.readLock().unlock();
		}
	}

	@Override
	public Overview overview() {
		int total = 0;
		int withoutTopic = 0;
		SortedMap<String, Integer> perTopic = new TreeMap<>();
		SortedMap<String, Integer> perRegion = new TreeMap<>();
		SortedMap<String, Map<String, Integer>> regionTopics = new TreeMap<>();
		SortedMap<String, Map<String, Integer>> dateTopics = new TreeMap<>();
		SortedMap<String, Integer> perOutlet = new TreeMap<>();
		TreeSet<String> topics = new TreeSet<>();
		lock.readLock().lock();
		try {
			for (Held h : stories.values()) {
				StoryRecord r = h.record();
				total++;
				topics.addAll(r.scores().keySet());
				topics.addAll(r.topics());
				List<String> keys = r.topics().isEmpty() ? List.of(NO_TOPIC) : r.topics();
				if (r.topics().isEmpty()) {
					withoutTopic++;
				}
				r.topics().forEach(t -> perTopic.merge(t, 1, Integer::sum));
				for (String region : new TreeSet<>(r.regions())) {
					perRegion.merge(region, 1, Integer::sum);
					Map<String, Integer> split = regionTopics.computeIfAbsent(region, k -> new TreeMap<>());
					keys.forEach(t -> split.merge(t, 1, Integer::sum));
				}
				if (r.date() != null) {
					Map<String, Integer> split = dateTopics.computeIfAbsent(r.date(), k -> new HashMap<>());
					keys.forEach(t -> split.merge(t, 1, Integer::sum));
				}
				if (r.outlet() != null && !r.outlet().isBlank()) {
					perOutlet.merge(r.outlet(), 1, Integer::sum);
				}
			}
		} finally {
			lock.readLock().unlock();
		}
		return new Overview(total, withoutTopic, perTopic, perRegion, regionTopics, dateTopics, perOutlet, topics);
	}
}
