package org.newsradar.lexicon.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsradar.lexicon.LexiconClassifier;

/**
 * The shipped classifiers on composed held-out stories (written for this project, labelled by
 * the SPEC's definitions, hard negatives included): prints per-topic precision, recall and F1 with
 * every error, one report per batch.
 */
class HeldOutEvaluationTest {
	private static final Path HELD_OUT = Path.of("src/test/resources/heldout");

	@Test
	void printsTopicScoresOnHeldOutBatches() throws IOException {
		Map<String, LexiconClassifier> classifiers = ShippedClassifiers.load();
		for (String batch : List.of("batch_a.jsonl", "batch_b.jsonl")) {
			Path file = HELD_OUT.resolve(batch);
			if (!file.toFile().isFile()) {
				continue;
			}
			List<GoldStories.Labelled> stories = GoldStories.readComposed(file);
			GoldEvaluationTest.Evaluation evaluation = GoldEvaluationTest.evaluate(classifiers, stories);
			System.out.println("== " + batch + "\n" + evaluation.report());
			assertTrue(stories.size() >= 40, batch + " holds " + stories.size() + " stories");
		}
	}
}
