package org.newsradar.lexicon;

import java.util.List;

/**
 * The full account of how a lexicon scored a story: what an analyst reads to see why.
 *
 * @param score     in [0, 1]
 * @param sum       the weighed sum the score was mapped from
 * @param passing   true when no cue matched in the title or the lead, so the sum was discounted
 * @param positives cue matches that counted, strongest first
 * @param negatives negative-cue matches that counted, strongest first
 */
public record LexiconScore(double score, double sum, boolean passing, List<Hit> positives, List<Hit> negatives) {
	public LexiconScore {
		positives = List.copyOf(positives);
		negatives = List.copyOf(negatives);
	}
}
