package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;

/**
 * A topic classifier driven by a cue lexicon: the engine every lexicon-based classifier component
 * delegates to. Immutable: a component swaps in a new instance when its configuration changes.
 */
public final class LexiconClassifier implements TopicClassifier {
	private final String topic;
	private final Scorer scorer;
	private final double threshold;

	public LexiconClassifier(String topic, Lexicon lexicon, double threshold) {
		if (!(threshold >= 0 && threshold <= 1)) {
			throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
		}
		this.topic = topic;
		this.scorer = new Scorer(lexicon);
		this.threshold = threshold;
	}

	/**
	 * The shipped lexicon of a classifier bundle, edited and thresholded as its configuration says.
	 *
	 * @param owner    a class of the bundle that ships the lexicon resource
	 * @param resource the lexicon's path inside the bundle, e.g. {@code /lexicon/data_center.lex}
	 */
	public static LexiconClassifier configured(String topic, Class<?> owner, String resource, Tuning tuning) {
		Lexicon lexicon = Lexicon.fromResource(owner, resource).edited(tuning.extraCues(), tuning.removedCues());
		return new LexiconClassifier(topic, lexicon, tuning.threshold());
	}

	@Override
	public String topic() {
		return topic;
	}

	public double threshold() {
		return threshold;
	}

	public Lexicon lexicon() {
		return scorer.lexicon();
	}

	/** @return the full account of the score, for evaluation and explanation */
	public LexiconScore explain(Story story) {
		return scorer.score(story);
	}

	/**
	 * Evidence of an accepted topic: the strongest cue matches, each phrase once. Of a rejected one:
	 * the negative cues that pulled it down, then the cue matches that were not enough.
	 */
	@Override
	public Classification classify(Story story) {
		LexiconScore s = scorer.score(story);
		boolean accepted = s.score() >= threshold && !s.positives().isEmpty();
		List<Hit> deciding = new ArrayList<>();
		if (!accepted) {
			deciding.addAll(s.negatives());
		}
		deciding.addAll(s.positives());
		// each phrase once, at its strongest occurrence: five "데이터센터" say less than five phrases
		// (a loop, not a stream: a lambda's class is spun at first use, in each bundle, by the first story)
		Set<String> quoted = new HashSet<>();
		List<Evidence> evidence = new ArrayList<>();
		int most = scorer.lexicon().settings().maxEvidence();
		for (int i = 0; i < deciding.size() && evidence.size() < most; i++) {
			Hit h = deciding.get(i);
			if (quoted.add(h.text())) {
				evidence.add(h.evidence());
			}
		}
		return new Classification(s.score(), accepted, evidence);
	}
}
