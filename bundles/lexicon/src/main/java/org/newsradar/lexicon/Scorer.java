package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;

/** Scores stories against one lexicon; immutable and thread-safe. */
public final class Scorer {
	private static final Comparator<Hit> STRONGEST_FIRST = Comparator.comparingDouble((Hit h) -> h.cue().weight())
		.reversed().thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed());
	private static final Comparator<Hit> IN_READING_ORDER = Comparator
		.comparing((Hit h) -> !h.field().equals(Evidence.TITLE)).thenComparingInt(Hit::start);

	private final Lexicon lexicon;
	private final List<Cue> traps = new ArrayList<>();
	private final List<Cue> matchers = new ArrayList<>();

	public Scorer(Lexicon lexicon) {
		this.lexicon = lexicon;
		for (Cue c : lexicon.cues()) {
			(c.kind() == Cue.Kind.TRAP ? traps : matchers).add(c);
		}
	}

	public Lexicon lexicon() {
		return lexicon;
	}

	public LexiconScore score(Story story) {
		List<Hit> found = new ArrayList<>();
		collect(Evidence.TITLE, story.title(), found);
		collect(Evidence.BODY, story.body(), found);

		Set<String> present = new HashSet<>();
		for (Hit h : found) {
			if (h.cue().needs().isEmpty()) {
				present.addAll(h.cue().groups());
			}
		}
		List<Hit> positives = new ArrayList<>();
		List<Hit> negatives = new ArrayList<>();
		for (Hit h : found) {
			boolean inContext = h.cue().needs().isEmpty() || h.cue().needs().stream().anyMatch(present::contains);
			if (inContext && h.cue().weight() > 0) {
				(h.cue().kind() == Cue.Kind.NEGATIVE ? negatives : positives).add(h);
			}
		}
		Lexicon.Settings s = lexicon.settings();
		positives = weigh(positives, s);
		negatives = weigh(negatives, s);
		boolean passing = positives.stream().noneMatch(h -> inTitleOrLead(h, s));
		double sum = positives.stream().mapToDouble(Hit::contribution).sum()
			- negatives.stream().mapToDouble(Hit::contribution).sum();
		if (passing) {
			sum *= s.passingFactor();
		}
		double score = sum <= 0 ? 0.0 : 1.0 - Math.pow(2.0, -sum / s.mass());
		return new LexiconScore(score, sum, passing, strongestFirst(positives), strongestFirst(negatives));
	}

	/** Finds every match in one field: traps first, then cues outside traps, overlaps resolved. */
	private void collect(String field, String text, List<Hit> into) {
		if (text.isEmpty()) {
			return;
		}
		FoldedText folded = FoldedText.of(text);
		List<int[]> trapped = new ArrayList<>();
		for (Cue trap : traps) {
			trapped.addAll(trap.find(folded));
		}
		List<Hit> candidates = new ArrayList<>();
		for (Cue cue : matchers) {
			for (int[] span : cue.find(folded)) {
				if (cue.kind() == Cue.Kind.NEGATIVE || !inside(span, trapped)) {
					candidates.add(new Hit(cue, field, span[0], span[1], text.substring(span[0], span[1]), 0));
				}
			}
		}
		// where cues overlap ("AI 데이터센터" and "데이터센터") the heavier, then longer, one stands;
		// cues and negative cues are resolved separately, so a negative phrase does not hide a cue;
		// weight-0 context markers are all kept, they only say which groups are present
		candidates.sort(STRONGEST_FIRST);
		List<Hit> kept = new ArrayList<>();
		for (Hit h : candidates) {
			if (h.cue().weight() == 0 || kept.stream().noneMatch(k -> sameSide(k, h) && k.overlaps(h))) {
				kept.add(h);
			}
		}
		into.addAll(kept);
	}

	private static boolean sameSide(Hit a, Hit b) {
		return a.cue().weight() > 0 && a.cue().kind() == b.cue().kind();
	}

	private static boolean inside(int[] span, List<int[]> trapped) {
		for (int[] t : trapped) {
			if (span[0] < t[1] && t[0] < span[1]) {
				return true;
			}
		}
		return false;
	}

	/** Weighs hits in reading order: position factor, divided by the cue's repetition count so far. */
	private static List<Hit> weigh(List<Hit> hits, Lexicon.Settings s) {
		hits.sort(IN_READING_ORDER);
		Map<Cue, Integer> seen = new HashMap<>();
		List<Hit> weighed = new ArrayList<>(hits.size());
		for (Hit h : hits) {
			int nth = seen.merge(h.cue(), 1, Integer::sum);
			weighed.add(h.weighed(h.cue().weight() * positionFactor(h, s) / nth));
		}
		return weighed;
	}

	private static double positionFactor(Hit h, Lexicon.Settings s) {
		if (h.field().equals(Evidence.TITLE)) {
			return s.titleFactor();
		}
		return h.start() < s.leadChars() ? s.leadFactor() : 1.0;
	}

	private static boolean inTitleOrLead(Hit h, Lexicon.Settings s) {
		return h.field().equals(Evidence.TITLE) || h.start() < s.leadChars();
	}

	private static List<Hit> strongestFirst(List<Hit> hits) {
		List<Hit> sorted = new ArrayList<>(hits);
		sorted.sort(Comparator.comparingDouble(Hit::contribution).reversed());
		return sorted;
	}
}
