package org.newsradar.ingest.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Some sites print their article twice (a teaser and the full text, or a mobile and a desktop copy).
 * A story's paragraphs that repeat an earlier run are merged into one copy: the fuller copy is kept
 * and the sentences only the other copy has are put in where they stood.
 */
final class RepeatMerger {
	private static final String TERMINATORS = ".!?。！？";
	private static final String CLOSERS = ")\"'”’」』";
	private static final String OPENERS = "[(“‘\"'";
	/** Sentences shorter than this (once reduced to letters and digits) do not prove a repeat. */
	private static final int MIN_KEY = 12;

	private RepeatMerger() {
	}

	/** @return the paragraphs with repeated copies merged and duplicate paragraphs dropped */
	static List<String> merge(List<String> paragraphs) {
		List<List<String>> keys = new ArrayList<>(paragraphs.size());
		for (String p : paragraphs) {
			keys.add(keys(p));
		}
		return merge(paragraphs, keys);
	}

	private static List<String> merge(List<String> paragraphs, List<List<String>> keys) {
		int start = repeatStart(keys);
		if (start < 0) {
			return dropDuplicates(paragraphs);
		}
		List<String> first = paragraphs.subList(0, start);
		List<String> rest = merge(paragraphs.subList(start, paragraphs.size()), keys.subList(start, keys.size()));
		return combine(first, rest);
	}

	/**
	 * @return the index of the paragraph where a second copy begins (its first sentence was printed
	 *         before and the two parts share a good part of their sentences), or -1
	 */
	private static int repeatStart(List<List<String>> keys) {
		Set<String> seen = new HashSet<>();
		for (int j = 0; j < keys.size(); j++) {
			List<String> k = keys.get(j);
			if (j > 0 && !k.isEmpty() && seen.contains(k.get(0)) && sharesEnough(keys, j)) {
				return j;
			}
			seen.addAll(k);
		}
		return -1;
	}

	private static boolean sharesEnough(List<List<String>> keys, int start) {
		Set<String> before = new HashSet<>();
		keys.subList(0, start).forEach(before::addAll);
		Set<String> after = new LinkedHashSet<>();
		keys.subList(start, keys.size()).forEach(after::addAll);
		long shared = after.stream().filter(before::contains).count();
		return shared >= 2 || shared * 2 >= Math.min(before.size(), after.size());
	}

	/** Merges two copies: the longer one is the base; the other's own sentences go in where they stood. */
	private static List<String> combine(List<String> a, List<String> b) {
		boolean aFuller = length(a) >= length(b);
		List<String> base = aFuller ? a : b;
		List<String> other = aFuller ? b : a;
		Map<String, Integer> where = new HashMap<>();
		for (int i = 0; i < base.size(); i++) {
			for (String k : keys(base.get(i))) {
				where.putIfAbsent(k, i);
			}
		}
		Map<Integer, List<String>> inserts = new HashMap<>();
		int anchor = -1;
		for (String p : other) {
			List<String> pending = new ArrayList<>();
			for (String s : sentences(p)) {
				Integer at = where.get(key(s));
				if (at == null) {
					pending.add(s);
				} else {
					flush(pending, anchor, inserts);
					anchor = Math.max(anchor, at);
				}
			}
			flush(pending, anchor, inserts);
		}
		List<String> out = new ArrayList<>(inserts.getOrDefault(-1, List.of()));
		for (int i = 0; i < base.size(); i++) {
			out.add(base.get(i));
			out.addAll(inserts.getOrDefault(i, List.of()));
		}
		return dropDuplicates(out);
	}

	private static void flush(List<String> pending, int anchor, Map<Integer, List<String>> inserts) {
		if (!pending.isEmpty()) {
			inserts.computeIfAbsent(anchor, k -> new ArrayList<>()).add(String.join(" ", pending));
			pending.clear();
		}
	}

	private static List<String> dropDuplicates(List<String> paragraphs) {
		Set<String> seen = new HashSet<>();
		List<String> out = new ArrayList<>();
		for (String p : paragraphs) {
			String k = key(p);
			if (k.length() < MIN_KEY || seen.add(k)) {
				out.add(p);
			}
		}
		return out;
	}

	/**
	 * @return the paragraph's sentences: a sentence ends at . ! ? (and closing quotes or brackets)
	 *         before a space, or where a Korean {@code 다.} runs straight into the next word
	 */
	static List<String> sentences(String paragraph) {
		List<String> out = new ArrayList<>();
		int n = paragraph.length();
		int start = 0;
		for (int i = 0; i < n; i++) {
			if (TERMINATORS.indexOf(paragraph.charAt(i)) < 0) {
				continue;
			}
			int end = i + 1;
			while (end < n && end - i <= 2 && CLOSERS.indexOf(paragraph.charAt(end)) >= 0) {
				end++;
			}
			if (end >= n) {
				break;
			}
			char next = paragraph.charAt(end);
			boolean glued = end == i + 1 && paragraph.charAt(i) == '.' && i > 0 && paragraph.charAt(i - 1) == '다'
				&& (Character.isLetterOrDigit(next) || OPENERS.indexOf(next) >= 0);
			if (Whitespace.isSpace(next) || glued) {
				add(out, paragraph, start, end);
				start = end;
				i = end - 1;
			}
		}
		add(out, paragraph, start, n);
		return out;
	}

	private static void add(List<String> out, String text, int from, int to) {
		String s = text.substring(from, to).strip();
		if (!s.isEmpty()) {
			out.add(s);
		}
	}

	/** @return the keys of the paragraph's sentences that are long enough to prove a repeat */
	private static List<String> keys(String paragraph) {
		List<String> out = new ArrayList<>();
		for (String s : sentences(paragraph)) {
			String k = key(s);
			if (k.length() >= MIN_KEY) {
				out.add(k);
			}
		}
		return out;
	}

	private static String key(String s) {
		return StoryFinder.key(s);
	}

	private static int length(List<String> paragraphs) {
		return paragraphs.stream().mapToInt(String::length).sum();
	}
}
