package org.newsradar.lexicon;

import java.util.Arrays;

/**
 * Texts by their characters, Latin case folded, so that one walk from a position of a text finds
 * every one of them that starts there. Each text carries values: the cues it stands for.
 */
final class Trie {
	/** The node of the first character, by high byte then low byte: most starts of a walk stop here. */
	private final Node[][] firstLevel = new Node[256][];
	/**
	 * A bit for each text's first character (a text of one character) or first two (a longer text),
	 * hashed: a few kilobytes that stay in the fastest cache and rule out most positions of a text
	 * with one look, where the walk from them would read the nodes from slower memory.
	 */
	private final long[] singles = new long[HASHED / 64];
	private final long[] pairs = new long[HASHED / 64];
	private static final int HASHED = 1 << 14;

	void add(String text, int value) {
		char first = FoldedText.fold(text.charAt(0));
		if (text.length() == 1) {
			singles[hash(first) >>> 6] |= 1L << hash(first);
		} else {
			int pair = hash(first, FoldedText.fold(text.charAt(1)));
			pairs[pair >>> 6] |= 1L << pair;
		}
		Node[] page = firstLevel[first >>> 8];
		if (page == null) {
			page = new Node[256];
			firstLevel[first >>> 8] = page;
		}
		Node node = page[first & 0xFF];
		if (node == null) {
			node = new Node();
			page[first & 0xFF] = node;
		}
		for (int i = 1; i < text.length(); i++) {
			node = node.childOrNew(FoldedText.fold(text.charAt(i)));
		}
		node.values = Arrays.copyOf(node.values, node.values.length + 1);
		node.values[node.values.length - 1] = value;
	}

	/**
	 * @param first  a (folded) character of a text
	 * @param second the character after it, any character where none follows
	 * @return {@code false} when no text starts there; {@code true} when one may
	 */
	boolean mayStart(char first, char second) {
		int single = hash(first);
		int pair = hash(first, second);
		return (singles[single >>> 6] & 1L << single) != 0 || (pairs[pair >>> 6] & 1L << pair) != 0;
	}

	private static int hash(char c) {
		return c * 0x9E3B & HASHED - 1;
	}

	private static int hash(char first, char second) {
		return (first * 0x9E3B + second * 0x3A5) & HASHED - 1;
	}

	/** @return the node of the texts starting with {@code c} (folded), or {@code null} if none does */
	Node start(char c) {
		Node[] page = firstLevel[c >>> 8];
		return page == null ? null : page[c & 0xFF];
	}

	static final class Node {
		private char[] labels = new char[0];
		private Node[] children = new Node[0];
		private int[] values = new int[0];

		/** @return the node one (folded) character further, or {@code null} if no text goes on so */
		Node next(char c) {
			for (int i = 0; i < labels.length; i++) {
				if (labels[i] == c) {
					return children[i];
				}
			}
			return null;
		}

		/** @return the values of the texts ending here */
		int[] values() {
			return values;
		}

		private Node childOrNew(char c) {
			Node child = next(c);
			if (child == null) {
				child = new Node();
				labels = Arrays.copyOf(labels, labels.length + 1);
				labels[labels.length - 1] = c;
				children = Arrays.copyOf(children, children.length + 1);
				children[children.length - 1] = child;
			}
			return child;
		}
	}
}
