package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
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
	// classes rather than lambdas: made at each start (in each bundle), a lambda's class is spun at first use
	/** The heaviest cue first, then the longest match. */
	private static final Comparator<Hit> STRONGEST_FIRST = new Comparator<>() {
		@Override
		public int compare(Hit a, Hit b) {
			int byWeight = Double.compare(b.cue().weight(), a.cue().weight());
			return byWeight != 0 ? byWeight : Integer.compare(b.end() - b.start(), a.end() - a.start());
		}
	};
	/** The match that contributes most first. */
	private static final Comparator<Hit> MOST_CONTRIBUTING_FIRST = new Comparator<>() {
		@Override
		public int compare(Hit a, Hit b) {
			return Double.compare(b.contribution(), a.contribution());
		}
	};
	/** The title's matches first, then by offset. */
	private static final Comparator<Hit> IN_READING_ORDER = new Comparator<>() {
		@Override
		public int compare(Hit a, Hit b) {
			int byField = Boolean.compare(!a.field().equals(Evidence.TITLE), !b.field().equals(Evidence.TITLE));
			return byField != 0 ? byField : Integer.compare(a.start(), b.start());
		}
	};

	private final Lexicon lexicon;
	private final Lexicon.Settings settings;
	/** The lexicon's entries: a match names its cue by its position here. */
	private final List<Cue> cues;
	private final CueIndex titleCues;
	private final CueIndex bodyCues;
	/** The score of a story in which no cue but context markers matched. */
	private final LexiconScore nothingFound;

	public Scorer(Lexicon lexicon) {
		this.lexicon = lexicon;
		this.settings = lexicon.settings();
		// what weighing no match comes to: a sum of 0, a mention in passing unless no coverage is low enough
		this.nothingFound = new LexiconScore(0.0, 0.0, 0 < settings.passingCoverage(), List.of(), List.of());
		this.cues = lexicon.cues();
		this.titleCues = new CueIndex(cues, Evidence.TITLE);
		this.bodyCues = new CueIndex(cues, Evidence.BODY);
	}

	public Lexicon lexicon() {
		return lexicon;
	}

	public LexiconScore score(Story story) {
		List<Hit> found = new ArrayList<>();
		// a weight-0 cue only marks its groups present: its first match is all that counts, so once
		// found it is not looked for any more
		boolean[] markerFound = new boolean[cues.size()];
		collect(Evidence.TITLE, story.title(), titleCues, markerFound, found);
		collect(Evidence.BODY, story.body(), bodyCues, markerFound, found);
		if (found.isEmpty()) {
			return nothingFound; // most stories, for most topics: nothing to weigh
		}
		Set<String> present = presentGroups(found, markerFound);

		List<Hit> positives = new ArrayList<>();
		List<Hit> negatives = new ArrayList<>();
		for (Hit h : found) {
			if (inContext(h.cue(), present)) {
				(h.cue().kind() == Cue.Kind.NEGATIVE ? negatives : positives).add(h);
			}
		}
		// only weighing a match needs the layout: a story without any is spared it
		BodyLayout layout = positives.isEmpty() && negatives.isEmpty() ? null : new BodyLayout(story.body(), settings);
		positives = weigh(positives, layout);
		negatives = weigh(negatives, layout);
		// loops rather than streams: every classifier scores every story, and four stream pipelines
		// cost a good share of a cheap lexicon's time per story
		double sum = 0;
		// only a strong cue says what a story is about: a supporting one (a capacity in MW, 전력 공급)
		// in the title or the lead does not
		boolean saysWhatItIsAbout = false;
		boolean matchedInBody = false;
		for (Hit h : positives) {
			sum += h.contribution();
			boolean inTitle = h.field().equals(Evidence.TITLE);
			saysWhatItIsAbout |= h.cue().anchor()
				|| h.cue().weight() >= settings.strongWeight() && (inTitle || layout.inLead(h.start()));
			matchedInBody |= !inTitle;
		}
		for (Hit h : negatives) {
			sum -= h.contribution();
		}
		boolean passing = !saysWhatItIsAbout
			&& (positives.isEmpty() ? 0 : layout.coverage(positives)) < settings.passingCoverage();
		if (passing) {
			sum *= settings.passingFactor();
		} else if (!matchedInBody) {
			sum *= settings.titleOnlyFactor();
		}
		double score = sum <= 0 ? 0.0 : 1.0 - Math.pow(2.0, -sum / settings.mass());
		return new LexiconScore(score, sum, passing, strongestFirst(positives), strongestFirst(negatives));
	}

	/**
	 * A cue that needs a group and finds it marks its own groups present in turn (a company handing
	 * goods to a senior centre makes the story a giving story, so 홀몸 어르신 counts): repeat until
	 * nothing more is marked.
	 */
	private Set<String> presentGroups(List<Hit> found, boolean[] markerFound) {
		List<Cue> marking = new ArrayList<>();
		for (int i = 0; i < markerFound.length; i++) {
			if (markerFound[i] && !cues.get(i).groups().isEmpty()) {
				marking.add(cues.get(i));
			}
		}
		for (Hit h : found) {
			if (!h.cue().groups().isEmpty()) {
				marking.add(h.cue());
			}
		}
		Set<String> present = new HashSet<>();
		for (boolean grew = true; grew;) {
			grew = false;
			for (Cue c : marking) {
				if (inContext(c, present)) {
					grew |= present.addAll(c.groups());
				}
			}
		}
		return present;
	}

	private static boolean inContext(Cue c, Set<String> present) {
		if (c.needs().isEmpty()) {
			return true;
		}
		for (String group : c.needs()) {
			if (present.contains(group)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Finds every match in one field: traps first, then cues outside traps, overlaps resolved.
	 * Weight-0 cues are marked in {@code markerFound}; the hits of the others go {@code into}.
	 */
	private void collect(String field, String text, CueIndex index, boolean[] markerFound, List<Hit> into) {
		if (text.isEmpty()) {
			return;
		}
		Spans trapped = new Spans();
		Spans matched = new Spans();
		index.find(FoldedText.of(text), markerFound, (cue, start, end) -> {
			Cue c = cues.get(cue);
			if (c.kind() == Cue.Kind.TRAP) {
				return trapped.add(cue, start, end);
			}
			if (c.kind() != Cue.Kind.NEGATIVE && trapped.overlaps(start, end)) {
				return true;
			}
			if (c.weight() == 0) {
				return false;
			}
			matched.add(cue, start, end);
			return true;
		});
		if (matched.count == 0) {
			return;
		}
		List<Hit> candidates = new ArrayList<>(matched.count);
		for (int i : matched.byCue()) {
			int start = matched.start(i);
			int end = matched.end(i);
			candidates.add(new Hit(cues.get(matched.cue(i)), field, start, end, text.substring(start, end), 0));
		}
		// where cues overlap ("AI 데이터센터" and "데이터센터") the heavier, then longer, one stands;
		// cues and negative cues are resolved separately, so a negative phrase does not hide a cue
		candidates.sort(STRONGEST_FIRST);
		List<Hit> kept = new ArrayList<>();
		for (Hit h : candidates) {
			if (!overlapsSameKind(kept, h)) {
				kept.add(h);
			}
		}
		into.addAll(kept);
	}

	private static boolean overlapsSameKind(List<Hit> kept, Hit h) {
		for (Hit k : kept) {
			if (k.cue().kind() == h.cue().kind() && k.overlaps(h)) {
				return true;
			}
		}
		return false;
	}

	/** Matches of one field as (cue, start, end), growing as they are found. */
	private static final class Spans {
		private int[] values = new int[48];
		private int count;

		boolean add(int cue, int start, int end) {
			if (3 * count + 3 > values.length) {
				values = Arrays.copyOf(values, 2 * values.length);
			}
			values[3 * count] = cue;
			values[3 * count + 1] = start;
			values[3 * count + 2] = end;
			count++;
			return true;
		}

		int cue(int i) {
			return values[3 * i];
		}

		int start(int i) {
			return values[3 * i + 1];
		}

		int end(int i) {
			return values[3 * i + 2];
		}

		boolean overlaps(int start, int end) {
			for (int i = 0; i < count; i++) {
				if (start < end(i) && start(i) < end) {
					return true;
				}
			}
			return false;
		}

		/**
		 * @return the match indices ordered by cue, each cue's matches in the order found (text
		 *         order): the order of a search per cue in lexicon order
		 */
		int[] byCue() {
			long[] keys = new long[count];
			for (int i = 0; i < count; i++) {
				keys[i] = (long) cue(i) << 32 | i;
			}
			Arrays.sort(keys);
			int[] order = new int[count];
			for (int i = 0; i < count; i++) {
				order[i] = (int) keys[i];
			}
			return order;
		}
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
		sorted.sort(MOST_CONTRIBUTING_FIRST);
		return sorted;
	}

	/**
	 * Where a body offset stands: in the lead (the first sentence), in a headline-like line (short,
	 * not ending like a sentence: another story's headline, a caption, a link), in an aside (a
	 * sentence opening with 한편 or 이 밖에, where Korean news parks what is beside the point), or
	 * in the rest of the body; and in which sentence.
	 */
	private static final class BodyLayout {
		private final Lexicon.Settings settings;
		private final List<int[]> headlines = new ArrayList<>();
		private final List<int[]> sentences = new ArrayList<>();
		private final List<int[]> asides = new ArrayList<>();
		private final int leadEnd;

		BodyLayout(String text, Lexicon.Settings settings) {
			this.settings = settings;
			char[] body = text.toCharArray(); // read char by char many times over: faster than the string
			int start = 0;
			while (start < body.length) {
				int stop = sentenceBreak(body, start);
				if (!isBlank(body, start, stop)) {
					int[] span = { start, stop };
					sentences.add(span);
					if (looksLikeHeadline(body, start, stop)) {
						headlines.add(span);
					} else if (opensAside(body, start, stop)) {
						asides.add(span);
					}
				}
				start = stop == body.length ? stop : sentenceBreakEnd(body, stop);
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
		 * @return where the first sentence break at or after {@code from} starts, or the body's
		 *         length: white space after . ! ? or 。, or a line break
		 */
		private static int sentenceBreak(char[] body, int from) {
			for (int at = from; at < body.length; at++) {
				char c = body[at];
				// a line break and ASCII white space are all at or below ' ': most characters stop here
				if (c <= ' ' && (c == '\n' || isAsciiSpace(c) && at > 0 && endsSentence(body[at - 1]))) {
					return at;
				}
			}
			return body.length;
		}

		/** @return the end of the sentence break at {@code at}: all its white space, or the line break */
		private static int sentenceBreakEnd(char[] body, int at) {
			if (at > 0 && endsSentence(body[at - 1])) {
				int end = at;
				while (end < body.length && isAsciiSpace(body[end])) {
					end++;
				}
				return end;
			}
			return at + 1;
		}

		private static boolean endsSentence(char c) {
			return c == '.' || c == '!' || c == '?' || c == '。';
		}

		/** White space as a regular expression's {@code \s} means it: ASCII only. */
		private static boolean isAsciiSpace(char c) {
			return c == ' ' || c >= '\t' && c <= '\r';
		}

		private static boolean isBlank(char[] body, int start, int stop) {
			for (int i = start; i < stop; i++) {
				if (!Character.isWhitespace(body[i])) {
					return false;
				}
			}
			return true;
		}

		/**
		 * A whole line, short, that does not end like a sentence, or that is a caption or a link: a
		 * bracketed line ("(사진=시 제공)") or one marked ▲, △ or ▶.
		 */
		private boolean looksLikeHeadline(char[] body, int start, int stop) {
			boolean wholeLine = (start == 0 || body[start - 1] == '\n') && (stop == body.length || body[stop] == '\n');
			if (!wholeLine) {
				return false;
			}
			int lineStart = start;
			int lineEnd = stop;
			while (Character.isWhitespace(body[lineStart])) {
				lineStart++;
			}
			while (Character.isWhitespace(body[lineEnd - 1])) {
				lineEnd--;
			}
			if (lineEnd - lineStart > settings.headlineChars()) {
				return false;
			}
			char first = body[lineStart];
			char last = body[lineEnd - 1];
			boolean bracketed = (first == '(' || first == '[') && (last == ')' || last == ']');
			return bracketed || "▲△▶".indexOf(first) >= 0 || ".!?。…\"”’')".indexOf(last) < 0;
		}

		/** An aside: a sentence opening with 한편, 이 밖에 or 이 외에, after any white space and punctuation. */
		private static boolean opensAside(char[] body, int start, int stop) {
			int at = start;
			while (at < stop && (isAsciiSpace(body[at]) || isAsciiPunctuation(body[at]))) {
				at++;
			}
			if (at + 2 <= stop && holds(body, at, "한편")) {
				return true;
			}
			if (at >= stop || body[at] != '이') {
				return false;
			}
			int word = at + 1 < stop && isAsciiSpace(body[at + 1]) ? at + 2 : at + 1;
			return word + 2 <= stop && (holds(body, word, "밖에") || holds(body, word, "외에"));
		}

		/** @return whether the text holds the word at {@code at} */
		private static boolean holds(char[] text, int at, String word) {
			if (at + word.length() > text.length) {
				return false;
			}
			for (int i = 0; i < word.length(); i++) {
				if (text[at + i] != word.charAt(i)) {
					return false;
				}
			}
			return true;
		}

		/** Punctuation as a regular expression's {@code \p{Punct}} means it: ASCII only. */
		private static boolean isAsciiPunctuation(char c) {
			return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
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
			int withHit = 0;
			for (int[] s : sentences) {
				if (!contains(headlines, s[0]) && hasStrongHit(hits, s)) {
					withHit++;
				}
			}
			int total = sentences.size() - headlines.size();
			return total == 0 || withHit < 2 ? 0 : withHit / (double) total;
		}

		private boolean hasStrongHit(List<Hit> hits, int[] sentence) {
			for (Hit h : hits) {
				if (h.field().equals(Evidence.BODY) && h.start() >= sentence[0] && h.start() < sentence[1]
					&& h.cue().weight() >= settings.strongWeight()) {
					return true;
				}
			}
			return false;
		}
	}
}
