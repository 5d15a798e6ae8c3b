package org.newsradar.lexicon.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsradar.lexicon.Hit;
import org.newsradar.lexicon.LexiconClassifier;
import org.newsradar.lexicon.LexiconScore;
import org.newsradar.lexicon.testing.StoryCases;

/**
 * The evaluation harness: runs the shipped classifiers over the labelled seeds and dev stories
 * in ../shared (skipped when absent) and prints per-topic precision, recall and F1, then every
 * false positive and false negative with the evidence behind it. It measures; the assertion only
 * checks that there was something to measure.
 */
class GoldEvaluationTest {
	private static final Path SHARED = Path.of("../../../shared");

	@Test
	void printsTopicScoresOnSeedsAndDev() throws IOException {
		assumeTrue(Files.isDirectory(SHARED) && ShippedClassifiers.available(), "no ../shared or lexicons");
		List<GoldStories.Labelled> stories = new ArrayList<>();
		stories.addAll(GoldStories.read(SHARED.resolve("seeds/gold.jsonl"), SHARED.resolve("seeds")));
		stories.addAll(GoldStories.read(SHARED.resolve("dev/gold.jsonl"), SHARED.resolve("dev")));
		String report = evaluate(ShippedClassifiers.load(), stories).report();
		System.out.println(report);
		assertFalse(stories.isEmpty());
	}

	/** The classifier bundles' composed trap and variant cases, each labelled for its own topic. */
	@Test
	void printsTopicScoresOnComposedCases() throws IOException {
		assumeTrue(ShippedClassifiers.available(), "no lexicons");
		Map<String, LexiconClassifier> classifiers = ShippedClassifiers.load();
		StringBuilder report = new StringBuilder();
		int cases = 0;
		for (var e : ShippedClassifiers.CASES.entrySet()) {
			List<GoldStories.Labelled> stories = new ArrayList<>();
			try (var r = Files.newBufferedReader(e.getValue())) {
				for (StoryCases.StoryCase c : StoryCases.read(r)) {
					stories.add(new GoldStories.Labelled(c.name(), c.story(), c.accept() ? Set.of(e.getKey()) : Set.of()));
				}
			}
			cases += stories.size();
			report.append(evaluate(Map.of(e.getKey(), classifiers.get(e.getKey())), stories).report());
			// a case written for one topic that another topic takes too: for review (multi-label is allowed)
			for (var other : classifiers.entrySet()) {
				if (!other.getKey().equals(e.getKey())) {
					stories.stream().filter(l -> other.getValue().classify(l.story()).accepted())
						.forEach(l -> report.append("also " + other.getKey() + ": " + l.file() + "\n"));
				}
			}
		}
		System.out.println(report);
		assertFalse(cases == 0);
	}

	/** One topic's decisions against the labels. */
	record TopicCounts(int tp, int fp, int fn) {
		double precision() {
			return tp + fp == 0 ? (fn == 0 ? 1 : 0) : tp / (double) (tp + fp);
		}

		double recall() {
			return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}
	}

	/** The counts of each topic, and the printable report with every error and near miss. */
	record Evaluation(Map<String, TopicCounts> counts, String report) {
	}

	static Evaluation evaluate(Map<String, LexiconClassifier> classifiers, List<GoldStories.Labelled> stories) {
		StringBuilder out = new StringBuilder("topic evaluation over " + stories.size() + " stories\n");
		StringBuilder errors = new StringBuilder();
		Map<String, TopicCounts> counts = new LinkedHashMap<>();
		double f1sum = 0;
		for (var e : classifiers.entrySet()) {
			String topic = e.getKey();
			int tp = 0, fp = 0, fn = 0;
			for (GoldStories.Labelled l : stories) {
				LexiconScore s = e.getValue().explain(l.story());
				boolean predicted = e.getValue().classify(l.story()).accepted();
				boolean gold = l.topics().contains(topic);
				tp += predicted && gold ? 1 : 0;
				fp += predicted && !gold ? 1 : 0;
				fn += !predicted && gold ? 1 : 0;
				if (predicted == gold && Math.abs(s.score() - e.getValue().threshold()) < 0.15) {
					errors.append(String.format("near %s %s %s '%s' score %.2f sum %.2f%n    + %s%n    - %s%n", gold ? "+" : "-",
						topic, l.file(), abbreviate(l.story().title()), s.score(), s.sum(), hits(s.positives()),
						hits(s.negatives())));
				}
				if (predicted != gold) {
					errors.append(String.format("%s %s %s '%s' score %.2f sum %.2f%s%n    + %s%n    - %s%n",
						predicted ? "FP" : "FN", topic, l.file(), abbreviate(l.story().title()), s.score(), s.sum(),
						s.passing() ? " (passing)" : "", hits(s.positives()), hits(s.negatives())));
				}
			}
			TopicCounts c = new TopicCounts(tp, fp, fn);
			counts.put(topic, c);
			f1sum += c.f1();
			out.append(String.format("%-14s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)%n", topic, c.precision(),
				c.recall(), c.f1(), tp, fp, fn));
		}
		out.append(String.format("macro-F1 %.3f%n", f1sum / classifiers.size()));
		return new Evaluation(counts, out.append(errors).toString());
	}

	private static String hits(List<Hit> hits) {
		return hits.stream().limit(10)
			.map(h -> String.format("%s@%s%d(%.1f)", h.text(), h.field().charAt(0), h.start(), h.contribution()))
			.collect(Collectors.joining(", "));
	}

	private static String abbreviate(String s) {
		return s.length() <= 40 ? s : s.substring(0, 40) + "…";
	}
}
