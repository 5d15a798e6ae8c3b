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
		FieldScore score = new FieldScore(field);
		for (int i = 0; i < gold.size(); i++) {
			GoldSet.GoldStory g = gold.get(i);
			score.add(g.file() + " " + g.title(), expected.apply(g), actual.apply(predicted.get(i)));
		}
		System.out.print(score.report());
		return score.f1();
	}

	private static Set<String> strings(List<?> values) {
		Set<String> out = new LinkedHashSet<>();
		values.forEach(v -> out.add(String.valueOf(v)));
		return out;
	}
}
