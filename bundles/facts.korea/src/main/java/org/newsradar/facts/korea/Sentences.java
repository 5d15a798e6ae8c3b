package org.newsradar.facts.korea;

import java.util.Arrays;

/**
 * Sentence boundaries of a text: a sentence ends at a line break, or at {@code . ! ?} followed by
 * a space, a closing quote or the end (so 1.2조 and 3.5% stay whole).
 */
final class Sentences {
	private final int[] ends;

	private Sentences(int[] ends) {
		this.ends = ends;
	}

	/** Splits {@code text} from {@code from} on; text before {@code from} is not part of any sentence. */
	static Sentences of(String text, int from) {
		int[] ends = new int[16];
		int count = 0;
		int n = text.length();
		for (int i = from; i < n; i++) {
			char c = text.charAt(i);
			if (c > '?' && c != '。') {
				continue; // syllables and letters, one test: every mark that may end a sentence is '?' or below, but 。
			}
			boolean end = c == '\n'
				|| (c == '.' || c == '!' || c == '?' || c == '。') && (i + 1 == n || isBreakAfterStop(text.charAt(i + 1)));
			if (end) {
				if (count == ends.length) {
					ends = Arrays.copyOf(ends, count * 2);
				}
				ends[count++] = i + 1;
			}
		}
		if (count == 0 || ends[count - 1] < n) {
			if (count == ends.length) {
				ends = Arrays.copyOf(ends, count + 1);
			}
			ends[count++] = n;
		}
		return new Sentences(Arrays.copyOf(ends, count));
	}

	private static boolean isBreakAfterStop(char next) {
		return Character.isWhitespace(next) || next == '"' || next == '”' || next == '’' || next == '\'';
	}

	int count() {
		return ends.length;
	}

	/** @return the index of the sentence holding {@code offset} */
	int indexOf(int offset) {
		int i = Arrays.binarySearch(ends, offset + 1);
		return i >= 0 ? i : -i - 1 >= ends.length ? ends.length - 1 : -i - 1;
	}

	/** @return the end offset (exclusive) of sentence {@code index} */
	int end(int index) {
		return ends[index];
	}

	/** @return the start offset of sentence {@code index} ({@code from} for the first) */
	int start(int index, int from) {
		return index == 0 ? from : ends[index - 1];
	}
}
