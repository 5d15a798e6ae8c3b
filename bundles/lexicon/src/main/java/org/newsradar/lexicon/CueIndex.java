package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;

/**
 * The cues that can match in one field, indexed by the text their matches start with, so that one
 * pass over a text finds them all instead of one search per cue: a walk from each position of the
 * folded text along a {@link Trie} of the literal keys and the patterns' {@link Openings} finds the
 * literal cues that stand there and the patterns worth trying there; a pattern anchored at the
 * start of the text is tried there alone, and the few patterns left are searched everywhere. Each
 * cue's matches are the ones a search for it alone finds, in text order, and the matches of the
 * traps come before all others, so that a cue's match can be told inside a trap or not as it comes.
 * Immutable and thread-safe.
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

	/** Told of each pattern try a {@link #find} makes: how a lexicon's cost is measured. */
	interface TryListener {
		/**
		 * @param cue the cue's position in the list the index was made from
		 * @param at  the folded offset where the pattern was tried, or -1 for a search of the whole text
		 */
		void tried(int cue, int at);
	}

	private final List<Cue> cues;
	/**
	 * The literal keys and the pattern openings, each naming its cue, and the texts that the patterns
	 * need (see {@link Openings#needed}), each naming its set as {@code ~set}.
	 */
	private final Trie starts = new Trie();
	/** For each cue, the sets of texts of which it needs one (indices into the sets of this index). */
	private final int[][] needs;
	private final boolean[] isTrap;
	private final int neededSets;
	private final int[] patternsAtStart;
	private final int[] patternsAnywhere;
	/**
	 * Scratch not in use, with its matchers: making one costs more than most tries of it, and a field asks for dozens.
	 * Pooled by the index rather than kept per thread, so that the pipeline's long-lived threads never
	 * hold a removed classifier's classes.
	 */
	private final Queue<Scratch> idleScratch = new ConcurrentLinkedQueue<>();

	/**
	 * @param cues  the cues, whose positions in this list the matches report
	 * @param field the field the text comes from: cues restricted to the other field are left out
	 */
	CueIndex(List<Cue> cues, String field) {
		this.cues = List.copyOf(cues);
		this.needs = new int[cues.size()][];
		this.isTrap = new boolean[cues.size()];
		List<Integer> atStart = new ArrayList<>();
		List<Integer> anywhere = new ArrayList<>();
		int sets = 0;
		for (int cue = 0; cue < cues.size(); cue++) {
			Cue c = cues.get(cue);
			isTrap[cue] = c.kind() == Cue.Kind.TRAP;
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
				needs[cue] = new int[c.needed().length];
				for (int n = 0; n < needs[cue].length; n++) {
					int set = sets++;
					needs[cue][n] = set;
					for (String text : c.needed()[n]) {
						starts.add(text, ~set);
					}
				}
			} else {
				(c.anchoredAtStart() ? atStart : anywhere).add(cue);
			}
		}
		this.neededSets = sets;
		this.patternsAtStart = toArray(atStart);
		this.patternsAnywhere = toArray(anywhere);
	}

	private static int[] toArray(List<Integer> values) {
		int[] array = new int[values.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = values.get(i);
		}
		return array;
	}

	/** Reports every match of every cue, each cue's in text order, the traps' first. */
	void find(FoldedText text, MatchSink sink) {
		find(text, new boolean[cues.size()], sink);
	}

	/**
	 * Reports every match of every cue not yet finished, each cue's in text order, the traps' first.
	 *
	 * @param finished cues not to look for, indexed like the cue list; a cue whose sink answer says
	 *                 that no further match is wanted is marked here
	 */
	void find(FoldedText text, boolean[] finished, MatchSink sink) {
		find(text, finished, sink, null);
	}

	/** As {@link #find(FoldedText, boolean[], MatchSink)}, telling the listener (if any) of each pattern try. */
	void find(FoldedText text, boolean[] finished, MatchSink sink, TryListener tries) {
		Scratch idle = idleScratch.poll();
		Scratch mine = idle != null ? idle : new Scratch(cues.size(), neededSets);
		mine.tries = tries;
		try {
			walk(text, finished, mine);
			report(text, finished, sink, mine, true);
			report(text, finished, sink, mine, false);
		} finally {
			mine.tries = null;
			idleScratch.offer(mine);
		}
	}

	/**
	 * One walk along the trie from each position of the folded text: a literal cue whose key stands
	 * there, where the text is spaced as its phrase allows, is found there; a pattern one of whose
	 * openings stands there is to be tried there; a text a pattern needs marks where it was last seen.
	 */
	private void walk(FoldedText text, boolean[] finished, Scratch mine) {
		Arrays.fill(mine.lastSeen, -1);
		mine.found = 0;
		for (int at = 0; at < text.length(); at++) {
			if (!starts.mayStart(text.charAt(at), at + 1 < text.length() ? text.charAt(at + 1) : Character.MAX_VALUE)) {
				continue;
			}
			Trie.Node node = starts.start(text.charAt(at));
			for (int last = at; node != null; node = ++last < text.length() ? node.next(text.charAt(last)) : null) {
				for (int value : node.values()) {
					if (value < 0) {
						mine.lastSeen[~value] = at;
					} else if (!finished[value] && (cues.get(value).pattern() != null || text.fitsAt(at, last + 1 - at, cues.get(value).breaks()))) {
						mine.add(value, at, last);
					}
				}
			}
		}
		for (int f = 0; f < mine.found; f++) {
			mine.next[mine.cue(f)] = 0;
		}
	}

	/**
	 * Reports the matches of the traps, or of the other cues: the literal ones the walk found, in
	 * text order; then the patterns.
	 */
	private void report(FoldedText text, boolean[] finished, MatchSink sink, Scratch mine, boolean traps) {
		for (int f = 0; f < mine.found; f++) {
			int cue = mine.cue(f);
			if (isTrap[cue] != traps || finished[cue]) {
				continue;
			}
			if (cues.get(cue).pattern() == null) {
				finished[cue] = !sink.match(cue, text.originOf(mine.at(f)), text.originOf(mine.last(f)) + 1);
			} else {
				tryPattern(text, cue, mine.at(f), finished, sink, mine);
			}
		}
		String original = text.original();
		for (int cue : patternsAtStart) {
			if (isTrap[cue] != traps) {
				continue;
			}
			Matcher m = mine.matcher(cues.get(cue), cue, original).reset();
			if (!finished[cue] && mine.tried(cue, 0) && m.lookingAt() && m.end() > m.start()) {
				finished[cue] = !sink.match(cue, m.start(), m.end());
			}
		}
		for (int cue : patternsAnywhere) {
			if (isTrap[cue] != traps) {
				continue;
			}
			Matcher m = mine.matcher(cues.get(cue), cue, original).reset();
			if (!finished[cue]) {
				mine.tried(cue, -1);
			}
			while (!finished[cue] && m.find()) {
				if (m.end() > m.start()) {
					finished[cue] = !sink.match(cue, m.start(), m.end());
				}
			}
		}
	}

	/**
	 * Tries a pattern where the walk found one of its openings (tried in text order, in the original
	 * text), unless a try there or a match past it was made already, the text lacks past there what
	 * every match needs, or a failed try in the digit run there rules it out (see
	 * {@link Cue#absorbsDigits}): the same leftmost, non-overlapping matches a plain search finds.
	 */
	private void tryPattern(FoldedText text, int cue, int at, boolean[] finished, MatchSink sink, Scratch mine) {
		String original = text.original();
		int from = text.originOf(at);
		int[] next = mine.next;
		if (from < next[cue]) {
			return;
		}
		if (!holdsNeeded(cue, at, mine.lastSeen)) {
			next[cue] = Integer.MAX_VALUE; // nor further on
			return;
		}
		Cue c = cues.get(cue);
		mine.tried(cue, at);
		Matcher m = mine.matcher(c, cue, original).useTransparentBounds(true).useAnchoringBounds(false);
		if (m.region(from, original.length()).lookingAt() && m.end() > m.start()) {
			next[cue] = m.end();
			finished[cue] = !sink.match(cue, m.start(), m.end());
		} else {
			next[cue] = c.absorbsDigits() ? endOfDigits(original, from + 1) : from + 1;
		}
	}

	/** @return whether the folded text holds, at or after {@code at}, a text of each set the cue needs */
	private boolean holdsNeeded(int cue, int at, int[] lastSeen) {
		for (int set : needs[cue]) {
			if (lastSeen[set] < at) {
				return false;
			}
		}
		return true;
	}

	/** @return the end of the run of ASCII digits (what {@code \d} matches) from {@code at} on */
	private static int endOfDigits(String text, int at) {
		int end = at;
		while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
			end++;
		}
		return end;
	}

	/** What one find works with: used by one find at a time, and kept for the next. */
	private static final class Scratch {
		/** Matchers of the patterns, by cue, each bound to the text it last searched. */
		private final Matcher[] matchers;
		private final String[] texts;
		/** By needed set, the last folded offset where one of its texts starts, -1 if none does. */
		private final int[] lastSeen;
		/** By cue, the offset of the original text before which the pattern is not tried again. */
		private final int[] next;
		/** What the walk found, in text order: (cue, folded offset, folded offset of its last character). */
		private int[] finds = new int[96];
		private int found;
		/** Told of the tries of the find using this scratch, if it asked. */
		private TryListener tries;

		Scratch(int cues, int neededSets) {
			matchers = new Matcher[cues];
			texts = new String[cues];
			lastSeen = new int[neededSets];
			next = new int[cues];
		}

		/** @return true, having told the find's listener (if any) of the try */
		boolean tried(int cue, int at) {
			if (tries != null) {
				tries.tried(cue, at);
			}
			return true;
		}

		Matcher matcher(Cue cue, int index, String text) {
			if (matchers[index] == null) {
				matchers[index] = cue.pattern().matcher(text);
			} else if (texts[index] != text) {
				matchers[index].reset(text);
			}
			texts[index] = text;
			return matchers[index];
		}

		void add(int cue, int at, int last) {
			if (3 * found + 3 > finds.length) {
				finds = Arrays.copyOf(finds, 2 * finds.length);
			}
			finds[3 * found] = cue;
			finds[3 * found + 1] = at;
			finds[3 * found + 2] = last;
			found++;
		}

		int cue(int f) {
			return finds[3 * f];
		}

		int at(int f) {
			return finds[3 * f + 1];
		}

		int last(int f) {
			return finds[3 * f + 2];
		}
	}
}
