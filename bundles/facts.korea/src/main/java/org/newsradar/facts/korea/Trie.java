package org.newsradar.facts.korea;

import java.util.Arrays;
import java.util.function.BinaryOperator;

/**
 * A character trie for longest-match lookups of many short keys at any position of a text: one
 * scan over the text finds every gazetteer name without building a regular expression per name.
 * Children are kept in sorted arrays (no boxing per lookup) and a table of first characters lets
 * the scan skip most positions at once; of the rest (a word starting with 서, 부, 대…), most are
 * turned away by a hashed set of the keys' first two characters before the trie is walked. Built
 * once, then only read, so it is safe to share between threads.
 *
 * <p>Romanised names are written in any case (Ulsan, ULSAN), so ASCII letters are compared
 * without case; and a key ending in an ASCII letter or digit only matches where the text's word
 * ends too (Ulsan in "Ulsan's", not in "Ulsanite"), which Hangul keys do not need (울산에).
 */
final class Trie<V> {
	/** Bits of {@link #pairs}: a few percent of them set by a gazetteer, so few false hits. */
	private static final int PAIR_BITS = 1 << 14;

	private final Node<V> root = new Node<>();
	private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
	/** The first two characters (folded) of every key of two or more, hashed by {@link #pair}. */
	private final long[] pairs = new long[PAIR_BITS / Long.SIZE];
	/** The characters (folded) that are keys by themselves. */
	private char[] oneCharKeys = new char[0];

	/** Longest key found at a position: its value and the end offset (exclusive). */
	record Match<V>(V value, int end) {
	}

	private static final class Node<V> {
		char[] keys = new char[0];
		@SuppressWarnings("unchecked")
		Node<V>[] children = new Node[0];
		V value;

		Node<V> child(char c) {
			int i = Arrays.binarySearch(keys, c);
			return i >= 0 ? children[i] : null;
		}

		Node<V> childOrNew(char c) {
			int i = Arrays.binarySearch(keys, c);
			if (i >= 0) {
				return children[i];
			}
			int at = -i - 1;
			char[] k = new char[keys.length + 1];
			System.arraycopy(keys, 0, k, 0, at);
			System.arraycopy(keys, at, k, at + 1, keys.length - at);
			k[at] = c;
			Node<V>[] ch = Arrays.copyOf(children, children.length + 1);
			System.arraycopy(children, at, ch, at + 1, children.length - at);
			ch[at] = new Node<>();
			keys = k;
			children = ch;
			return ch[at];
		}
	}

	/** Stores {@code value} under {@code key}, or merges it into the value already there. */
	void put(String key, V value, BinaryOperator<V> merge) {
		Node<V> node = root;
		for (int i = 0; i < key.length(); i++) {
			node = node.childOrNew(Ascii.toLowerCase(key.charAt(i)));
		}
		node.value = node.value == null ? value : merge.apply(node.value, value);
		char first = Ascii.toLowerCase(key.charAt(0));
		firstChars[first] = true;
		if (key.length() == 1) {
			oneCharKeys = Arrays.copyOf(oneCharKeys, oneCharKeys.length + 1);
			oneCharKeys[oneCharKeys.length - 1] = first;
		} else {
			int bit = pair(first, Ascii.toLowerCase(key.charAt(1)));
			pairs[bit >>> 6] |= 1L << bit;
		}
	}

	private static int pair(char first, char second) {
		return (first * 31 + second) & (PAIR_BITS - 1);
	}

	private boolean isOneCharKey(char c) {
		for (char k : oneCharKeys) {
			if (k == Ascii.toLowerCase(c)) {
				return true;
			}
		}
		return false;
	}

	/** @return whether a key of two or more characters may start at {@code from} (a pair in {@link #pairs}) */
	private boolean mayStartPair(CharSequence text, int from) {
		int bit = pair(Ascii.toLowerCase(text.charAt(from)), Ascii.toLowerCase(text.charAt(from + 1)));
		return (pairs[bit >>> 6] & 1L << bit) != 0;
	}

	/** @return whether some key starts with {@code c} (a cheap filter before {@link #longest}) */
	boolean startsWith(char c) {
		return firstChars[Ascii.toLowerCase(c)];
	}

	/** @return the longest key that starts at {@code from} in {@code text}, or {@code null} */
	Match<V> longest(CharSequence text, int from) {
		if (from + 1 < text.length() && !mayStartPair(text, from) && !isOneCharKey(text.charAt(from))) {
			return null;
		}
		Node<V> node = root;
		Node<V> best = null;
		int bestEnd = -1;
		for (int i = from; i < text.length(); i++) {
			char c = Ascii.toLowerCase(text.charAt(i));
			node = node.child(c);
			if (node == null) {
				break;
			}
			if (node.value != null && !(Ascii.isLetterOrDigit(c) && i + 1 < text.length()
				&& Ascii.isLetterOrDigit(text.charAt(i + 1)))) {
				best = node;
				bestEnd = i + 1;
			}
		}
		return best == null ? null : new Match<>(best.value, bestEnd);
	}
}
