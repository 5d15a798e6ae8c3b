package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The cues that can match in one field, indexed by the text their matches start with, so that one
 * pass over a text finds them all instead of one search per cue: a literal cue is tried only where
 * the folded text holds the first character of its key, a pattern only where the original text
 * holds one of its {@link Openings}; the few patterns without openings are searched everywhere.
 * Each cue's matches are the ones a search for it alone finds, in text order. Immutable and
 * thread-safe.
 */
final class CueIndex {
	/** Receives the matches of a {@link #find}. */
	interface MatchSink {
		/**
		 * @param cue   the cue's position in the list the index was made from
		 * @param start offset of the match in the original text
		 * @param end   offset just past it
		 * @return whether further matches of this cue are wanted
		 */
		boolean match(int cue, int start, int end);
	}

	private final List<Cue> cues;
	/**
	 * What is looked for, by entry: the cue, and the key of a literal cue or one opening of a
	 * pattern. The tables below give the entries by first character.
	 */
	private final int[] entryCue;
	private final String[] entryText;
	private final ByChar literals = new ByChar();
	private final ByChar patterns = new ByChar();
	private final int[] patternsAnywhere;

	/**
	 * @param cues  the cues, whose positions in this list the matches report
	 * @param field the field the text comes from: cues restricted to the other field are left out
	 */
	CueIndex(List<Cue> cues, String field) {
		this.cues = List.copyOf(cues);
		List<Integer> entryCues = new ArrayList<>();
		List<String> entryTexts = new ArrayList<>();
		List<Integer> anywhere = new ArrayList<>();
		for (int cue = 0; cue < cues.size(); cue++) {
			Cue c = cues.get(cue);
			if (!c.matchesIn(field)) {
				continue;
			}
			if (c.pattern() == null) {
				if (!c.key().isEmpty()) {
					literals.add(c.key().charAt(0), entryCues.size());
					entryCues.add(cue);
					entryTexts.add(c.key());
				}
			} else if (c.openings() != null) {
				for (String opening : c.openings()) {
					for (char first : Openings.firstChars(opening, c.caseInsensitive())) {
						patterns.add(first, entryCues.size());
					}
					entryCues.add(cue);
					entryTexts.add(opening);
				}
			} else {
				anywhere.add(cue);
			}
		}
		this.entryCue = entryCues.stream().mapToInt(Integer::intValue).toArray();
		this.entryText = entryTexts.toArray(String[]::new);
		this.patternsAnywhere = anywhere.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Reports every match of every cue, each cue's in text order. */
	void find(FoldedText text, MatchSink sink) {
		find(text, new boolean[cues.size()], sink);
	}

	/**
	 * Reports every match of every cue not yet finished, each cue's in text order.
	 *
	 * @param finished cues not to look for, indexed like the cue list; a cue whose sink answer says
	 *                 that no further match is wanted is marked here
	 */
	void find(FoldedText text, boolean[] finished, MatchSink sink) {
		findLiterals(text, finished, sink);
		findPatterns(text, finished, sink);
		for (int cue : patternsAnywhere) {
			Matcher m = cues.get(cue).pattern().matcher(text.original());
			while (!finished[cue] && m.find()) {
				if (m.end() > m.start()) {
					finished[cue] = !sink.match(cue, m.start(), m.end());
				}
			}
		}
	}

	private void findLiterals(FoldedText text, boolean[] finished, MatchSink sink) {
		for (int at = 0; at < text.length(); at++) {
			int[] entries = literals.get(text.charAt(at));
			if (entries == null) {
				continue;
			}
			for (int entry : entries) {
				int cue = entryCue[entry];
				String key = entryText[entry];
				if (!finished[cue] && text.hasKeyAt(at, key, cues.get(cue).breaks())) {
					int end = text.originOf(at + key.length() - 1) + 1;
					finished[cue] = !sink.match(cue, text.originOf(at), end);
				}
			}
		}
	}

	/**
	 * Tries each pattern where one of its openings stands, resuming past its last match: the same
	 * leftmost, non-overlapping matches a plain search finds. Openings do not start one another, so
	 * at most one entry of a pattern stands at a position.
	 */
	private void findPatterns(FoldedText text, boolean[] finished, MatchSink sink) {
		String original = text.original();
		Matcher[] matchers = null;
		int[] next = null;
		for (int at = 0; at < original.length(); at++) {
			int[] entries = patterns.get(original.charAt(at));
			if (entries == null) {
				continue;
			}
			if (matchers == null) {
				matchers = new Matcher[cues.size()];
				next = new int[cues.size()];
			}
			for (int entry : entries) {
				int cue = entryCue[entry];
				if (finished[cue] || at < next[cue]
					|| !Openings.startsWith(original, at, entryText[entry], cues.get(cue).caseInsensitive())) {
					continue;
				}
				Matcher m = matchers[cue];
				if (m == null) {
					m = cues.get(cue).pattern().matcher(original).useTransparentBounds(true).useAnchoringBounds(false);
					matchers[cue] = m;
				}
				if (m.region(at, original.length()).lookingAt() && m.end() > m.start()) {
					next[cue] = m.end();
					finished[cue] = !sink.match(cue, m.start(), m.end());
				}
			}
		}
	}

	/** Entries by character, in two levels (high byte, low byte) to stay small for Hangul. */
	private static final class ByChar {
		private final int[][][] pages = new int[256][][];

		void add(char c, int entry) {
			int[][] page = pages[c >>> 8];
			if (page == null) {
				page = new int[256][];
				pages[c >>> 8] = page;
			}
			int[] old = page[c & 0xFF];
			if (old == null) {
				page[c & 0xFF] = new int[] { entry };
			} else {
				int[] grown = Arrays.copyOf(old, old.length + 1);
				grown[old.length] = entry;
				page[c & 0xFF] = grown;
			}
		}

		int[] get(char c) {
			int[][] page = pages[c >>> 8];
			return page == null ? null : page[c & 0xFF];
		}
	}
}
