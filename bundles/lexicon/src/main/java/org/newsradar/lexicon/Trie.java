package org.newsradar.lexicon;

import java.util.Arrays;

/**
 * Texts by their characters, Latin case folded, so that one walk from a position of a text finds
 * every one of them that starts there. Each text carries values: the cues it stands for.
 */
final class Trie {
	/** The node of the first character, by high byte then low byte: most starts of a walk stop here. */
	private final Node[][] firstLevel = new Node[256][];

	void add(String text, int value) {
		char first = FoldedText.fold(text.charAt(0));
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
