package org.newsradar.facts.korea;

import java.util.Arrays;
import java.util.function.BinaryOperator;

/**
 * A character trie for longest-match lookups of many short keys at any position of a text: one
 * scan over the text finds every gazetteer name without building a regular expression per name.
 * Children are kept in sorted arrays (no boxing per lookup) and a table of first characters lets
 * the scan skip most positions at once. Built once, then only read, so it is safe to share
 * between threads.
 *
 * <p>Romanised names are written in any case (Ulsan, ULSAN), so ASCII letters are compared
 * without case; and a key ending in an ASCII letter or digit only matches where the text's word
 * ends too (Ulsan in "Ulsan's", not in "Ulsanite"), which Hangul keys do not need (울산에).
 */
final class Trie<V> {
	private final Node<V> root = new Node<>();
	private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];

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
		firstChars[Ascii.toLowerCase(key.charAt(0))] = true;
	}

	/** @return whether some key starts with {@code c} (a cheap filter before {@link #longest}) */
	boolean startsWith(char c) {
		return firstChars[Ascii.toLowerCase(c)];
	}

	/** @return the longest key that starts at {@code from} in {@code text}, or {@code null} */
	Match<V> longest(CharSequence text, int from) {
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
