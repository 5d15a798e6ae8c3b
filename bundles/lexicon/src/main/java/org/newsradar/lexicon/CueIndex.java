package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;

/**
 * The cues that can match in one field, indexed by the text their matches start with, so that one
 * pass over a text finds them all instead of one search per cue: a walk from each position of the
 * folded text along a {@link Trie} of the literal keys and the patterns' {@link Openings} finds the
 * literal cues that stand there and the patterns worth trying there; a pattern anchored at the
 * start of the text is tried there alone, and the few patterns left are searched everywhere. Each cue's matches are
 * the ones a search for it alone finds, in text order. Immutable and thread-safe.
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
	/** The literal keys and the pattern openings, each naming its cue. */
	private final Trie starts = new Trie();
	private final int[] patternsAtStart;
	private final int[] patternsAnywhere;
	/**
	 * Matchers not in use: making one costs more than most tries of it, and a field asks for dozens.
	 * Pooled by the index rather than kept per thread, so that the pipeline's long-lived threads never
	 * hold a removed classifier's classes.
	 */
	private final Queue<Matchers> idleMatchers = new ConcurrentLinkedQueue<>();

	/**
	 * @param cues  the cues, whose positions in this list the matches report
	 * @param field the field the text comes from: cues restricted to the other field are left out
	 */
	CueIndex(List<Cue> cues, String field) {
		this.cues = List.copyOf(cues);
		List<Integer> atStart = new ArrayList<>();
		List<Integer> anywhere = new ArrayList<>();
		for (int cue = 0; cue < cues.size(); cue++) {
			Cue c = cues.get(cue);
			if (!c.matchesIn(field)) {
				continue;
			}
			if (c.pattern() == null) {
				if (!c.key().isEmpty()) {
					starts.add(c.key(), cue);
				}
			} else if (c.openings() != null) {
				for (String opening : c.openings()) {
					starts.add(opening, cue);
				}
			} else {
				(c.anchoredAtStart() ? atStart : anywhere).add(cue);
			}
		}
		this.patternsAtStart = atStart.stream().mapToInt(Integer::intValue).toArray();
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
		Matchers idle = idleMatchers.poll();
		Matchers mine = idle != null ? idle : new Matchers(cues.size());
		try {
			findAtStarts(text, finished, sink, mine);
			for (int cue : patternsAtStart) {
				Matcher m = mine.of(cues.get(cue), cue, text.original()).reset();
				if (!finished[cue] && m.lookingAt() && m.end() > m.start()) {
					finished[cue] = !sink.match(cue, m.start(), m.end());
				}
			}
			for (int cue : patternsAnywhere) {
				Matcher m = mine.of(cues.get(cue), cue, text.original()).reset();
				while (!finished[cue] && m.find()) {
					if (m.end() > m.start()) {
						finished[cue] = !sink.match(cue, m.start(), m.end());
					}
				}
			}
		} finally {
			idleMatchers.offer(mine);
		}
	}

	/**
	 * One walk along the trie from each position of the folded text: a literal cue whose key stands
	 * there matches where the text is spaced as its phrase allows; a pattern one of whose openings
	 * stands there is tried at that position of the original text, unless a try there or a match
	 * past it was made already (or a failed try in the digit run there rules it out, see
	 * {@link Cue#absorbsDigits}): the same leftmost, non-overlapping matches a plain search finds.
	 */
	private void findAtStarts(FoldedText text, boolean[] finished, MatchSink sink, Matchers mine) {
		String original = text.original();
		int[] next = null;
		for (int at = 0; at < text.length(); at++) {
			Trie.Node node = starts.start(text.charAt(at));
			for (int last = at; node != null; node = ++last < text.length() ? node.next(text.charAt(last)) : null) {
				for (int cue : node.values()) {
					if (finished[cue]) {
						continue;
					}
					Cue c = cues.get(cue);
					if (c.pattern() == null) {
						if (text.fitsAt(at, last + 1 - at, c.breaks())) {
							finished[cue] = !sink.match(cue, text.originOf(at), text.originOf(last) + 1);
						}
						continue;
					}
					int from = text.originOf(at);
					if (next != null && from < next[cue]) {
						continue;
					}
					if (next == null) {
						next = new int[cues.size()];
					}
					Matcher m = mine.of(c, cue, original).useTransparentBounds(true).useAnchoringBounds(false);
					if (m.region(from, original.length()).lookingAt() && m.end() > m.start()) {
						next[cue] = m.end();
						finished[cue] = !sink.match(cue, m.start(), m.end());
					} else {
						next[cue] = c.absorbsDigits() ? endOfDigits(original, from + 1) : from + 1;
					}
				}
			}
		}
	}

	/** @return the end of the run of ASCII digits (what {@code \d} matches) from {@code at} on */
	private static int endOfDigits(String text, int at) {
		int end = at;
		while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
			end++;
		}
		return end;
	}

	/** Matchers of the patterns, by cue, each bound to the text it last searched; used by one find at a time. */
	private static final class Matchers {
		private final Matcher[] byCue;
		private final String[] texts;

		Matchers(int cues) {
			byCue = new Matcher[cues];
			texts = new String[cues];
		}

		Matcher of(Cue cue, int index, String text) {
			if (byCue[index] == null) {
				byCue[index] = cue.pattern().matcher(text);
			} else if (texts[index] != text) {
				byCue[index].reset(text);
			}
			texts[index] = text;
			return byCue[index];
		}
	}
}
