package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Story;

/**
 * Scores the extractor against the labelled stories of {@code ../shared} as {@code score.py}
 * does (sets of stringified values per story, micro P/R/F1), prints every miss, and holds the
 * issue's targets. Skipped when the shared folder is absent (a clean clone elsewhere).
 */
class GoldSetHarnessTest {
	private static List<GoldSet.GoldStory> gold;
	private static List<Facts> predicted;

	@BeforeAll
	static void run() throws Exception {
		Path shared = GoldSet.sharedFolder();
		if (shared == null) {
			return;
		}
		gold = GoldSet.read(shared);
		KoreanFactExtractor extractor = new KoreanFactExtractor();
		predicted = new ArrayList<>();
		for (GoldSet.GoldStory g : gold) {
			predicted.add(extractor.extract(Story.of(g.title(), g.body())));
		}
	}

	@Test
	void regionsReachTheTarget() {
		assertTrue(score("regions", GoldSet.GoldStory::regions, f -> strings(f.regions())) >= 0.90);
	}

	@Test
	void wonAmountsReachTheTarget() {
		assertTrue(score("amounts_krw", GoldSet.GoldStory::amounts, f -> strings(f.amountsKrw())) >= 0.95);
	}

	@Test
	void jobsReachTheTarget() {
		assertTrue(score("jobs", GoldSet.GoldStory::jobs, f -> strings(f.jobs())) >= 0.90);
	}

	private static double score(String field, Function<GoldSet.GoldStory, Set<String>> expected,
		Function<Facts, Set<String>> actual) {
		assumeTrue(gold != null, "../shared is absent");
		int tp = 0, fp = 0, fn = 0;
		StringBuilder misses = new StringBuilder();
		for (int i = 0; i < gold.size(); i++) {
			Set<String> g = expected.apply(gold.get(i));
			Set<String> p = actual.apply(predicted.get(i));
			Set<String> extra = new LinkedHashSet<>(p);
			extra.removeAll(g);
			Set<String> missed = new LinkedHashSet<>(g);
			missed.removeAll(p);
			tp += g.size() - missed.size();
			fp += extra.size();
			fn += missed.size();
			if (!extra.isEmpty() || !missed.isEmpty()) {
				misses.append(String.format("  miss %s %s '%.30s': extra %s missed %s%n", field, gold.get(i).file(),
					gold.get(i).title(), extra, missed));
			}
		}
		double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
		double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
		double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
		System.out.printf("%s over %d stories: P=%.4f R=%.4f F1=%.4f (tp %d fp %d fn %d)%n%s", field, gold.size(), p, r,
			f1, tp, fp, fn, misses);
		return f1;
	}

	private static Set<String> strings(List<?> values) {
		Set<String> out = new LinkedHashSet<>();
		values.forEach(v -> out.add(String.valueOf(v)));
		return out;
	}
}
