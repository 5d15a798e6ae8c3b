package org.newsradar.lexicon.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsradar.api.model.Story;
import org.newsradar.lexicon.LexiconClassifier;
import org.newsradar.lexicon.testing.StoryCases;

/**
 * Classification alone, no ingest: stories per second for each shipped topic classifier on one
 * thread, over the seeds + dev gold stories (when ../shared is there) and the composed cases.
 * Reports stories per CPU second of the measuring thread (steady on a shared, busy machine) and
 * per wall-clock second. Measures only; nothing is asserted.
 *
 * <p>usage (working directory bundles/lexicon): {@code ClassifierBenchmark [STORIES_PER_TOPIC]}; a
 * fixed count rather than a fixed time, so that warm-up and measurement get the same CPU work on a
 * busy machine.
 */
public final class ClassifierBenchmark {
	private ClassifierBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		long count = args.length > 0 ? Long.parseLong(args[0]) : 30_000;
		List<Story> stories = stories();
		long chars = stories.stream().mapToLong(s -> s.title().length() + s.body().length()).sum();
		System.out.printf("%d distinct stories, %.0f characters on average%n", stories.size(), chars / (double) stories.size());
		Map<String, LexiconClassifier> classifiers = ShippedClassifiers.load();
		for (var e : classifiers.entrySet()) {
			run(e.getValue(), stories, count / 3); // warm-up
			long[] done = run(e.getValue(), stories, count);
			double perCpuSecond = done[0] / (done[2] / 1e9);
			System.out.printf("%-14s %,8.0f stories/CPU-s (%,.0f k characters/CPU-s) %,8.0f stories/s  (%,d stories, %.2f s CPU, %.2f s wall)%n",
				e.getKey(), perCpuSecond, perCpuSecond * chars / stories.size() / 1e3, done[0] / (done[1] / 1e9), done[0],
				done[2] / 1e9, done[1] / 1e9);
		}
	}

	/** @return {stories classified, wall nanoseconds, CPU nanoseconds} */
	private static long[] run(LexiconClassifier classifier, List<Story> stories, long count) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long n = 0;
		int accepted = 0;
		while (n < count) {
			Story s = stories.get((int) (n % stories.size()));
			accepted += classifier.classify(s).accepted() ? 1 : 0;
			n++;
		}
		if (accepted < 0) {
			throw new AssertionError(); // keeps the results alive
		}
		return new long[] { n, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart };
	}

	private static List<Story> stories() throws IOException {
		List<Story> stories = new ArrayList<>();
		Path shared = Path.of("../../../shared");
		if (Files.isDirectory(shared)) {
			for (String set : List.of("seeds", "dev")) {
				GoldStories.read(shared.resolve(set + "/gold.jsonl"), shared.resolve(set)).forEach(l -> stories.add(l.story()));
			}
		}
		for (Path cases : ShippedClassifiers.CASES.values()) {
			try (var r = Files.newBufferedReader(cases)) {
				StoryCases.read(r).forEach(c -> stories.add(c.story()));
			}
		}
		return stories;
	}
}
