package org.newsradar.facts.korea;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsradar.api.model.Story;

/**
 * Measures extraction speed (not a test: speed is reported, never asserted). Uses the labelled
 * stories of {@code ../shared} when present, else a composed article. Run from the module folder:
 * {@code java -cp target/classes:target/test-classes:<api jar> org.newsradar.facts.korea.FactExtractorBench [seconds]}
 */
public final class FactExtractorBench {

	public static void main(String[] args) throws Exception {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
		long t0 = System.nanoTime();
		KoreanFactExtractor extractor = new KoreanFactExtractor();
		System.out.printf("activation (gazetteer + patterns): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
		List<Story> stories = stories();
		long chars = stories.stream().mapToLong(s -> s.title().length() + s.body().length()).sum();
		for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end;) {
			stories.forEach(extractor::extract); // warm-up
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long n = 0;
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long stop = start + (long) (seconds * 1e9);
		int sink = 0;
		while (System.nanoTime() < stop) {
			for (Story s : stories) {
				sink += extractor.extract(s).regions().size();
			}
			n++;
		}
		double wall = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		long done = n * stories.size();
		// CPU time is the fairer measure on a shared machine; wall time is what a user sees
		System.out.printf("%d stories (avg %d chars) x %d rounds: %.0f stories/s of CPU time (%.0f KB/s UTF-8), "
			+ "%.0f stories/s wall (%d)%n", stories.size(), chars / stories.size(), n, done / cpu,
			n * utf8Bytes(stories) / cpu / 1e3, done / wall, sink);
	}

	private static long utf8Bytes(List<Story> stories) {
		return stories.stream()
			.mapToLong(s -> (s.title() + s.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
	}

	private static List<Story> stories() throws Exception {
		Path shared = GoldSet.sharedFolder();
		List<Story> stories = new ArrayList<>();
		if (shared != null) {
			for (GoldSet.GoldStory g : GoldSet.read(shared)) {
				stories.add(Story.of(g.title(), g.body()));
			}
		} else {
			stories.add(Story.of("부산 강서구에 2조원 규모 데이터센터",
				"부산시는 강서구 국제산업물류도시에 100MW급 데이터센터를 유치했다. 총사업비는 2조 원이며 신규 고용 300명이 예상된다."));
		}
		return stories;
	}
}
