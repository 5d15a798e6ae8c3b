package org.newsradar.facts.korea;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Micro precision, recall and F1 of one fact field over many stories, as {@code score.py} counts
 * them (each story's values as a set of strings), with a line for every story that missed.
 */
final class FieldScore {
	private final String field;
	private int stories;
	private int truePositives;
	private int falsePositives;
	private int falseNegatives;
	private final StringBuilder misses = new StringBuilder();

	FieldScore(String field) {
		this.field = field;
	}

	/** Counts one story: what the labels hold against what the extractor found. */
	void add(String story, Set<String> expected, Set<String> actual) {
		stories++;
		Set<String> extra = new LinkedHashSet<>(actual);
		extra.removeAll(expected);
		Set<String> missed = new LinkedHashSet<>(expected);
		missed.removeAll(actual);
		truePositives += expected.size() - missed.size();
		falsePositives += extra.size();
		falseNegatives += missed.size();
		if (!extra.isEmpty() || !missed.isEmpty()) {
			misses.append(String.format("  miss %s '%.40s': extra %s missed %s%n", field, story, extra, missed));
		}
	}

	double precision() {
		int found = truePositives + falsePositives;
		return found == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / found;
	}

	double recall() {
		int labelled = truePositives + falseNegatives;
		return labelled == 0 ? 1 : (double) truePositives / labelled;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** @return the scores on one line, then every miss */
	String report() {
		return String.format("%s over %d stories: P=%.4f R=%.4f F1=%.4f (tp %d fp %d fn %d)%n%s", field, stories,
			precision(), recall(), f1(), truePositives, falsePositives, falseNegatives, misses);
	}
}
