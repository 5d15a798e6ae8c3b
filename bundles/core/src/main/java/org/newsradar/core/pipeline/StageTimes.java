package org.newsradar.core.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run's time goes: the CPU time of each stage (decoding, each reader, each topic's
 * classifier, the fact extractor) summed over the pages and stories it handled, measured on the
 * thread that ran the stage. Filled by {@link PageRuns#stageTimes}; not thread-safe.
 */
public final class StageTimes {
	/** Stage names besides the readers' and classifiers' labels. */
	public static final String BASELINE = "baseline", DECODE = "decode", FACTS = "facts";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private final Map<String, long[]> stages = new LinkedHashMap<>();
	private long pages;
	private long stories;
	/** What the baseline returned, summed: kept so the work cannot be optimised away. */
	long baselineSink;

	/** @return the current thread's CPU time, the clock every stage is read with */
	public static long now() {
		return THREADS.getCurrentThreadCpuTime();
	}

	/** Adds one call's CPU time (a difference of {@link #now()} readings on its thread) to the stage. */
	void add(String stage, long nanos) {
		long[] totals = stages.computeIfAbsent(stage, s -> new long[2]);
		totals[0] += nanos;
		totals[1]++;
	}

	void counted(long pages, long stories) {
		this.pages += pages;
		this.stories += stories;
	}

	/** @return per stage, in the order first measured: {CPU nanoseconds, calls} */
	public Map<String, long[]> stages() {
		return stages;
	}

	public long pages() {
		return pages;
	}

	public long stories() {
		return stories;
	}
}
