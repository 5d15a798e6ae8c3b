package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;

/** Scores stories against one lexicon; immutable and thread-safe. */
public final class Scorer {
	private static final Comparator<Hit> STRONGEST_FIRST = Comparator.comparingDouble((Hit h) -> h.cue().weight())
		.reversed().thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed());
	private static final Comparator<Hit> IN_READING_ORDER = Comparator
		.comparing((Hit h) -> !h.field().equals(Evidence.TITLE)).thenComparingInt(Hit::start);

	private final Lexicon lexicon;
	private final Lexicon.Settings settings;
	private final List<Cue> traps = new ArrayList<>();
	private final List<Cue> matchers = new ArrayList<>();

	public Scorer(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.settings = lexicon.settings();
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

		// a cue that needs a group and finds it marks its own groups present in turn (a company handing
		// goods to a senior centre makes the story a giving story, so 홀몸 어르신 counts): repeat until
		// nothing more is marked
		Set<String> present = new HashSet<>();
		for (boolean grew = true; grew;) {
			grew = false;
			for (Hit h : found) {
				if (inContext(h, present)) {
					grew |= present.addAll(h.cue().groups());
				}
			}
		}
		List<Hit> positives = new ArrayList<>();
		List<Hit> negatives = new ArrayList<>();
		for (Hit h : found) {
			if (inContext(h, present) && h.cue().weight() > 0) {
				(h.cue().kind() == Cue.Kind.NEGATIVE ? negatives : positives).add(h);
			}
		}
		BodyLayout layout = new BodyLayout(story.body(), settings);
		positives = weigh(positives, layout);
		negatives = weigh(negatives, layout);
		double sum = positives.stream().mapToDouble(Hit::contribution).sum()
			- negatives.stream().mapToDouble(Hit::contribution).sum();
		// only a strong cue says what a story is about: a supporting one (a capacity in MW, 전력 공급)
		// in the title or the lead does not
		boolean passing = positives.stream().noneMatch(h -> h.cue().anchor()
			|| h.cue().weight() >= settings.strongWeight() && (h.field().equals(Evidence.TITLE) || layout.inLead(h.start())))
			&& layout.coverage(positives) < settings.passingCoverage();
		if (passing) {
			sum *= settings.passingFactor();
		} else if (positives.stream().noneMatch(h -> h.field().equals(Evidence.BODY))) {
			sum *= settings.titleOnlyFactor();
		}
		double score = sum <= 0 ? 0.0 : 1.0 - Math.pow(2.0, -sum / settings.mass());
		return new LexiconScore(score, sum, passing, strongestFirst(positives), strongestFirst(negatives));
	}

	private static boolean inContext(Hit h, Set<String> present) {
		return h.cue().needs().isEmpty() || h.cue().needs().stream().anyMatch(present::contains);
	}

	/** Finds every match in one field: traps first, then cues outside traps, overlaps resolved. */
	private void collect(String field, String text, List<Hit> into) {
		if (text.isEmpty()) {
			return;
		}
		FoldedText folded = FoldedText.of(text);
		List<int[]> trapped = new ArrayList<>();
		for (Cue trap : traps) {
			if (trap.matchesIn(field)) {
				trapped.addAll(trap.find(folded));
			}
		}
		List<Hit> candidates = new ArrayList<>();
		for (Cue cue : matchers) {
			if (!cue.matchesIn(field)) {
				continue;
			}
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
	private List<Hit> weigh(List<Hit> hits, BodyLayout layout) {
		hits.sort(IN_READING_ORDER);
		Map<Cue, Integer> seen = new HashMap<>();
		List<Hit> weighed = new ArrayList<>(hits.size());
		for (Hit h : hits) {
			int nth = seen.merge(h.cue(), 1, Integer::sum);
			double position = h.field().equals(Evidence.TITLE) ? settings.titleFactor() : layout.factor(h.start());
			weighed.add(h.weighed(h.cue().weight() * position / nth));
		}
		return weighed;
	}

	private static List<Hit> strongestFirst(List<Hit> hits) {
		List<Hit> sorted = new ArrayList<>(hits);
		sorted.sort(Comparator.comparingDouble(Hit::contribution).reversed());
		return sorted;
	}

	/**
	 * Where a body offset stands: in the lead (the first sentence), in a headline-like line (short,
	 * not ending like a sentence: another story's headline, a caption, a link), in an aside (a
	 * sentence opening with 한편 or 이 밖에, where Korean news parks what is beside the point), or
	 * in the rest of the body; and in which sentence.
	 */
	private static final class BodyLayout {
		private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+|\\n");
		private static final Pattern ASIDE = Pattern.compile("^[\\s\\p{Punct}]*(?:한편|이\\s?밖에|이\\s?외에)");

		private final Lexicon.Settings settings;
		private final List<int[]> headlines = new ArrayList<>();
		private final List<int[]> sentences = new ArrayList<>();
		private final List<int[]> asides = new ArrayList<>();
		private final int leadEnd;

		BodyLayout(String body, Lexicon.Settings settings) {
			this.settings = settings;
			int start = 0;
			Matcher end = SENTENCE_END.matcher(body);
			while (start < body.length()) {
				int stop = end.find() ? end.start() : body.length();
				String sentence = body.substring(start, stop);
				if (!sentence.isBlank()) {
					int[] span = { start, stop };
					sentences.add(span);
					if (looksLikeHeadline(body, start, stop)) {
						headlines.add(span);
					} else if (ASIDE.matcher(sentence).find()) {
						asides.add(span);
					}
				}
				start = stop == body.length() ? stop : end.end();
			}
			int lead = 0;
			for (int[] sentence : sentences) {
				if (!contains(headlines, sentence[0])) {
					lead = sentence[1];
					break;
				}
			}
			this.leadEnd = Math.min(lead, settings.leadChars());
		}

		/**
		 * A whole line, short, that does not end like a sentence, or that is a caption or a link: a
		 * bracketed line ("(사진=시 제공)") or one marked ▲, △ or ▶.
		 */
		private boolean looksLikeHeadline(String body, int start, int stop) {
			boolean wholeLine = (start == 0 || body.charAt(start - 1) == '\n') && (stop == body.length() || body.charAt(stop) == '\n');
			String line = body.substring(start, stop).strip();
			if (!wholeLine || line.length() > settings.headlineChars()) {
				return false;
			}
			char first = line.charAt(0);
			char last = line.charAt(line.length() - 1);
			boolean bracketed = (first == '(' || first == '[') && (last == ')' || last == ']');
			return bracketed || "▲△▶".indexOf(first) >= 0 || ".!?。…\"”’')".indexOf(last) < 0;
		}

		private static boolean contains(List<int[]> spans, int offset) {
			for (int[] s : spans) {
				if (offset >= s[0] && offset < s[1]) {
					return true;
				}
			}
			return false;
		}

		boolean inLead(int offset) {
			return offset < leadEnd && !contains(headlines, offset);
		}

		double factor(int offset) {
			if (contains(headlines, offset)) {
				return settings.headlineFactor();
			}
			if (contains(asides, offset)) {
				return settings.asideFactor();
			}
			return inLead(offset) ? settings.leadFactor() : 1.0;
		}

		/**
		 * @return the share of body sentences (headline-like lines aside) with a match of a strong cue
		 *         (weight {@code strong_weight} or more: supporting cues such as a capacity in MW do
		 *         not make a sentence about the topic), or 0 when fewer than two sentences have one
		 */
		double coverage(List<Hit> hits) {
			long withHit = sentences.stream().filter(s -> !contains(headlines, s[0]))
				.filter(s -> hits.stream().anyMatch(h -> h.field().equals(Evidence.BODY) && h.start() >= s[0]
					&& h.start() < s[1] && h.cue().weight() >= settings.strongWeight()))
				.count();
			long total = sentences.size() - headlines.size();
			return total == 0 || withHit < 2 ? 0 : withHit / (double) total;
		}
	}
}
