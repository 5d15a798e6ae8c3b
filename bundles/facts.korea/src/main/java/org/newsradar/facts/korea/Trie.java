package org.newsradar.facts.korea;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie for longest-match lookups of many short keys at any position of a text: one
 * scan over the text finds every gazetteer name without building a regular expression per name.
 * Built once, then only read, so it is safe to share between threads.
 */
final class Trie<V> {
	private final Node<V> root = new Node<>();

	/** Longest key found at a position: its value and the end offset (exclusive). */
	record Match<V>(V value, int end) {
	}

	private static final class Node<V> {
		final Map<Character, Node<V>> next = new HashMap<>(4);
		V value;
	}

	/** Stores {@code value} under {@code key}, or merges it into the value already there. */
	void put(String key, V value, java.util.function.BinaryOperator<V> merge) {
		Node<V> node = root;
		for (int i = 0; i < key.length(); i++) {
			node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
		}
		node.value = node.value == null ? value : merge.apply(node.value, value);
	}

	/** @return whether some key starts with {@code c} (a cheap filter before {@link #longest}) */
	boolean startsWith(char c) {
		return root.next.containsKey(c);
	}

	/** @return the longest key that starts at {@code from} in {@code text}, or {@code null} */
	Match<V> longest(CharSequence text, int from) {
		Node<V> node = root;
		Match<V> best = null;
		for (int i = from; i < text.length(); i++) {
			node = node.next.get(text.charAt(i));
			if (node == null) {
				break;
			}
			if (node.value != null) {
				best = new Match<>(node.value, i + 1);
			}
		}
		return best;
	}
}
