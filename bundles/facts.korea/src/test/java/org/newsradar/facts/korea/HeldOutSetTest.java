package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Story;

/**
 * Scores the extractor on the held-out stories ({@code org/newsradar/facts/heldout}): stories
 * written and labelled for this set, batch by batch, and never used to choose a rule. Prints the
 * per-field P/R/F1 and every miss; each field must keep the F1 it reached, so a change that loses
 * facts on stories nobody tuned for fails the build. The labelled dates are not scored here: the
 * date comes from the page (the readers set {@link Story#date()}), not from {@link Facts}.
 */
class HeldOutSetTest {
	private static final KoreanFactExtractor EXTRACTOR = new KoreanFactExtractor();

	/** A batch of held-out stories and the F1 each field reached on it. */
	record Batch(String name, double regions, double amounts, double jobs) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Batch> batches() {
		return Stream.of(new Batch("batch-a", 0.99, 1.0, 1.0), new Batch("batch-b", 1.0, 1.0, 0.978));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("batches")
	void regionsKeepTheirF1(Batch batch) {
		assertKeeps(batch, "regions", batch.regions(), f -> strings(f.regions()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("batches")
	void wonAmountsKeepTheirF1(Batch batch) {
		assertKeeps(batch, "amounts", batch.amounts(), f -> strings(f.amountsKrw()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("batches")
	void jobsKeepTheirF1(Batch batch) {
		assertKeeps(batch, "jobs", batch.jobs(), f -> strings(f.jobs()));
	}

	private static void assertKeeps(Batch batch, String field, double floor, Function<Facts, Set<String>> actual) {
		List<LabelledArticles.Article> stories = LabelledArticles.read("/org/newsradar/facts/heldout/" + batch.name() + ".txt");
		FieldScore score = new FieldScore(batch.name() + " " + field);
		for (LabelledArticles.Article a : stories) {
			score.add(a.title(), a.label(field), actual.apply(EXTRACTOR.extract(Story.of(a.title(), a.body()))));
		}
		System.out.print(score.report());
		assertTrue(score.f1() >= floor, () -> String.format("%s %s F1 %.4f fell below %.4f", batch.name(), field,
			score.f1(), floor));
	}

	private static Set<String> strings(List<?> values) {
		Set<String> out = new LinkedHashSet<>();
		values.forEach(v -> out.add(String.valueOf(v)));
		return out;
	}
}
