package org.newsradar.api.classify;

import java.util.List;

import org.newsradar.api.model.Evidence;

/**
 * A classifier's decision on one story.
 *
 * @param score    confidence that the story is about the topic, in [0, 1]
 * @param accepted whether the topic is assigned to the story
 * @param evidence the phrases that decided it (for an accepted topic, at least one)
 */
public record Classification(double score, boolean accepted, List<Evidence> evidence) {
	public Classification {
		evidence = List.copyOf(evidence);
	}

	/** A rejection with no evidence. */
	public static Classification rejected(double score) {
		return new Classification(score, false, List.of());
	}
}
