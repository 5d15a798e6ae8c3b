package org.newsradar.ingest.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Some sites print their article twice (a teaser and the full text, or a mobile and a desktop copy).
 * A story's paragraphs that repeat an earlier run are merged into one copy: the fuller copy is kept
 * and the sentences only the other copy has are put in where they stood. Sentences are compared by
 * their letters and digits alone (case, spaces and punctuation aside), through 64-bit hashes.
 */
final class RepeatMerger {
	private static final String CLOSERS = ")\"'”’」』";
	private static final String OPENERS = "[(“‘\"'";
	/** Sentences with fewer letters and digits than this do not prove a repeat. */
	private static final int MIN_KEY = 12;
	/** Marks a sentence too short to count. */
	private static final long NO_KEY = 0;
	private static final long FNV_BASIS = 0xcbf29ce484222325L;
	private static final long FNV_PRIME = 0x100000001b3L;

	private RepeatMerger() {
	}

	/** A paragraph's sentence keys (see {@link #sentenceEnds}) and the key of the whole paragraph. */
	private record Keys(long[] sentences, long whole) {
		/** @return the keys of the paragraph, found in one pass over it */
		static Keys of(String paragraph) {
			long[] keys = new long[8];
			int count = 0;
			long sentence = FNV_BASIS;
			long whole = FNV_BASIS;
			int letters = 0;
			int allLetters = 0;
			int n = paragraph.length();
			for (int i = 0; i < n; i++) {
				char c = paragraph.charAt(i);
				char k = StoryFinder.keyChar(c);
				if (k != 0) {
					sentence = (sentence ^ k) * FNV_PRIME;
					whole = (whole ^ k) * FNV_PRIME;
					letters++;
					allLetters++;
				} else if (isTerminator(c)) {
					int end = sentenceEnd(paragraph, i);
					if (end == n) {
						break; // only closers follow, which hold no letters
					}
					if (end > 0) {
						if (count == keys.length - 1) {
							keys = Arrays.copyOf(keys, 2 * keys.length);
						}
						keys[count++] = key(sentence, letters);
						sentence = FNV_BASIS;
						letters = 0;
						i = end - 1; // the closers skipped hold no letters
					}
				}
			}
			keys[count++] = key(sentence, letters);
			return new Keys(Arrays.copyOf(keys, count), key(whole, allLetters));
		}
	}

	/** @return the paragraphs with repeated copies merged and duplicate paragraphs dropped */
	static List<String> merge(List<String> paragraphs) {
		List<Keys> keys = new ArrayList<>(paragraphs.size());
		for (String p : paragraphs) {
			keys.add(Keys.of(p));
		}
		return merge(paragraphs, keys);
	}

	private static List<String> merge(List<String> paragraphs, List<Keys> keys) {
		int start = repeatStart(keys);
		if (start < 0) {
			long[] whole = new long[paragraphs.size()];
			for (int i = 0; i < whole.length; i++) {
				whole[i] = keys.get(i).whole();
			}
			return dropDuplicates(paragraphs, whole);
		}
		List<String> first = paragraphs.subList(0, start);
		List<String> rest = merge(paragraphs.subList(start, paragraphs.size()), keys.subList(start, keys.size()));
		return combine(first, rest);
	}

	/**
	 * @return the index of the paragraph where a second copy begins (its first sentence was printed
	 *         before and the two parts share a good part of their sentences), or -1
	 */
	private static int repeatStart(List<Keys> keys) {
		KeySet seen = new KeySet();
		for (int j = 0; j < keys.size(); j++) {
			long[] k = keys.get(j).sentences();
			if (j > 0 && k.length > 0 && k[0] != NO_KEY && seen.contains(k[0]) && sharesEnough(keys, j)) {
				return j;
			}
			for (long x : k) {
				if (x != NO_KEY) {
					seen.add(x);
				}
			}
		}
		return -1;
	}

	private static boolean sharesEnough(List<Keys> keys, int start) {
		KeySet before = new KeySet();
		KeySet after = new KeySet();
		for (int j = 0; j < keys.size(); j++) {
			for (long x : keys.get(j).sentences()) {
				if (x != NO_KEY) {
					(j < start ? before : after).add(x);
				}
			}
		}
		long shared = after.sharedWith(before);
		return shared >= 2 || shared * 2 >= Math.min(before.size(), after.size());
	}

	/** Merges two copies: the longer one is the base; the other's own sentences go in where they stood. */
	private static List<String> combine(List<String> a, List<String> b) {
		boolean aFuller = length(a) >= length(b);
		List<String> base = aFuller ? a : b;
		List<String> other = aFuller ? b : a;
		Map<Long, Integer> where = new HashMap<>();
		for (int i = 0; i < base.size(); i++) {
			for (long k : Keys.of(base.get(i)).sentences()) {
				if (k != NO_KEY) {
					where.putIfAbsent(k, i);
				}
			}
		}
		Map<Integer, List<String>> inserts = new HashMap<>();
		int anchor = -1;
		for (String p : other) {
			List<String> pending = new ArrayList<>();
			for (String s : sentences(p)) {
				long k = key(s, 0, s.length());
				Integer at = k == NO_KEY ? null : where.get(k);
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
		long[] whole = new long[out.size()];
		for (int i = 0; i < whole.length; i++) {
			whole[i] = key(out.get(i), 0, out.get(i).length());
		}
		return dropDuplicates(out, whole);
	}

	private static void flush(List<String> pending, int anchor, Map<Integer, List<String>> inserts) {
		if (!pending.isEmpty()) {
			inserts.computeIfAbsent(anchor, k -> new ArrayList<>()).add(String.join(" ", pending));
			pending.clear();
		}
	}

	/** @return the paragraphs without those whose key (given in the same order) an earlier one has */
	private static List<String> dropDuplicates(List<String> paragraphs, long[] keys) {
		KeySet seen = new KeySet();
		List<String> out = new ArrayList<>(paragraphs.size());
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] == NO_KEY || seen.add(keys[i])) {
				out.add(paragraphs.get(i));
			}
		}
		return out;
	}

	/** A set of keys in an open-addressed table, without boxing them; {@link #NO_KEY} marks an empty slot and is never added. */
	static final class KeySet {
		private long[] slots = new long[16];
		private int size;

		/** @return true when the key was not in the set */
		boolean add(long key) {
			if (2 * (size + 1) > slots.length) {
				long[] old = slots;
				slots = new long[2 * old.length];
				for (long k : old) {
					if (k != NO_KEY) {
						slots[slot(k)] = k;
					}
				}
			}
			int i = slot(key);
			if (slots[i] == key) {
				return false;
			}
			slots[i] = key;
			size++;
			return true;
		}

		boolean contains(long key) {
			return slots[slot(key)] == key;
		}

		int size() {
			return size;
		}

		/** @return how many keys of this set the other one holds */
		int sharedWith(KeySet other) {
			int n = 0;
			for (long k : slots) {
				if (k != NO_KEY && other.contains(k)) {
					n++;
				}
			}
			return n;
		}

		/** @return the key's slot, or the empty slot where it would go (keys are hashes already: their low bits will do) */
		private int slot(long key) {
			int mask = slots.length - 1;
			int i = (int) (key ^ key >>> 32) & mask;
			while (slots[i] != NO_KEY && slots[i] != key) {
				i = i + 1 & mask;
			}
			return i;
		}
	}

	/** @return the paragraph's sentences (see {@link #sentenceEnds}) */
	static List<String> sentences(String paragraph) {
		List<String> out = new ArrayList<>();
		int start = 0;
		for (int end : sentenceEnds(paragraph)) {
			String s = paragraph.substring(start, end).strip();
			if (!s.isEmpty()) {
				out.add(s);
			}
			start = end;
		}
		return out;
	}

	/**
	 * @return where the paragraph's sentences end: after . ! ? (and closing quotes or brackets) before
	 *         a space, where a Korean {@code 다.} runs straight into the next word, and at the end
	 */
	private static int[] sentenceEnds(String paragraph) {
		int[] ends = new int[8];
		int count = 0;
		int n = paragraph.length();
		for (int i = 0; i < n; i++) {
			if (!isTerminator(paragraph.charAt(i))) {
				continue;
			}
			int end = sentenceEnd(paragraph, i);
			if (end == n) {
				break;
			}
			if (end > 0) {
				if (count == ends.length - 1) {
					ends = Arrays.copyOf(ends, 2 * ends.length);
				}
				ends[count++] = end;
				i = end - 1;
			}
		}
		ends[count++] = n;
		return Arrays.copyOf(ends, count);
	}

	/** @return true for . ! ? and their full-width forms (a switch: asked of every space and mark of every paragraph) */
	private static boolean isTerminator(char c) {
		return switch (c) {
			case '.', '!', '?', '。', '！', '？' -> true;
			default -> false;
		};
	}

	/**
	 * @return where the sentence that the terminator at {@code i} may close ends (after up to two closing
	 *         quotes or brackets): the end when a space or a glued {@code 다.} follows, -1 when the
	 *         sentence goes on, or the paragraph's length when only closers follow the terminator
	 */
	private static int sentenceEnd(String paragraph, int i) {
		int n = paragraph.length();
		int end = i + 1;
		while (end < n && end - i <= 2 && CLOSERS.indexOf(paragraph.charAt(end)) >= 0) {
			end++;
		}
		if (end >= n) {
			return n;
		}
		char next = paragraph.charAt(end);
		boolean glued = end == i + 1 && paragraph.charAt(i) == '.' && i > 0 && paragraph.charAt(i - 1) == '다'
			&& (Character.isLetterOrDigit(next) || OPENERS.indexOf(next) >= 0);
		return Whitespace.isSpace(next) || glued ? end : -1;
	}

	/**
	 * @return a 64-bit FNV-1a hash of the text's letters and digits, lower-cased, or {@link #NO_KEY}
	 *         when it has fewer than {@link #MIN_KEY} of them
	 */
	private static long key(String s, int from, int to) {
		long h = FNV_BASIS;
		int letters = 0;
		for (int i = from; i < to; i++) {
			char c = StoryFinder.keyChar(s.charAt(i));
			if (c != 0) {
				h = (h ^ c) * FNV_PRIME;
				letters++;
			}
		}
		return key(h, letters);
	}

	/** @return the hash of so many letters and digits as a key: {@link #NO_KEY} when they are too few */
	private static long key(long hash, int letters) {
		return letters < MIN_KEY || hash == NO_KEY ? NO_KEY : hash;
	}

	private static int length(List<String> paragraphs) {
		return paragraphs.stream().mapToInt(String::length).sum();
	}
}
