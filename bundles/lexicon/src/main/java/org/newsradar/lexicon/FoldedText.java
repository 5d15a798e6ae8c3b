package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A field's text with all white space removed and Latin letters lower-cased, mapped back to the
 * original offsets. Korean writers space compounds freely ("데이터 센터", "데이터센터", "스마트 공장"),
 * so a cue is matched against this folded form and reported with its span in the original. A cue
 * may be spaced in the text only where its lexicon phrase has a space: "데이터 센터" matches both
 * spellings, while "성금" does not match across words in "작성 금지".
 */
final class FoldedText {
	private final String original;
	private final String folded;
	private final int[] origin;
	/**
	 * Every offset of the original, as (character << 32 | offset), sorted: where a given character
	 * stands, found by binary search. Made on first use, since a lexicon's regular expressions all
	 * ask it.
	 */
	private long[] byChar;

	private FoldedText(String original, String folded, int[] origin) {
		this.original = original;
		this.folded = folded;
		this.origin = origin;
	}

	static FoldedText of(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		int[] origin = new int[text.length()];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			origin[folded.length()] = i;
			folded.append(fold(c));
		}
		return new FoldedText(text, folded.toString(), origin);
	}

	/** @return the key a phrase is matched by: no white space, Latin lower case */
	static String key(String phrase) {
		StringBuilder key = new StringBuilder(phrase.length());
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				key.append(fold(c));
			}
		}
		return key.toString();
	}

	/** @return for each character of the phrase's key, whether the phrase has white space before it */
	static boolean[] breaks(String phrase) {
		boolean[] breaks = new boolean[key(phrase).length()];
		int k = 0;
		boolean space = false;
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = k > 0;
				continue;
			}
			breaks[k++] = space;
			space = false;
		}
		return breaks;
	}

	private static char fold(char c) {
		return c < 128 ? Character.toLowerCase(c) : c;
	}

	String original() {
		return original;
	}

	/** @return the offsets in the original text holding any of {@code chars}, in text order */
	int[] offsetsOf(char[] chars) {
		if (byChar == null) {
			long[] index = new long[original.length()];
			for (int i = 0; i < index.length; i++) {
				index[i] = (long) original.charAt(i) << 32 | i;
			}
			Arrays.sort(index);
			byChar = index;
		}
		int[] from = new int[chars.length];
		int[] to = new int[chars.length];
		int count = 0;
		for (int k = 0; k < chars.length; k++) {
			int first = Arrays.binarySearch(byChar, (long) chars[k] << 32);
			from[k] = first < 0 ? -first - 1 : first;
			to[k] = from[k];
			while (to[k] < byChar.length && (byChar[to[k]] >>> 32) == chars[k]) {
				to[k]++;
			}
			count += to[k] - from[k];
		}
		int[] found = new int[count];
		int n = 0;
		for (int k = 0; k < chars.length; k++) {
			for (int j = from[k]; j < to[k]; j++) {
				found[n++] = (int) byChar[j];
			}
		}
		if (chars.length > 1) {
			Arrays.sort(found);
		}
		return found;
	}

	/**
	 * @param key        a folded phrase (see {@link #key})
	 * @param breaks     where the text may have white space inside the match (see {@link #breaks})
	 * @param latinEdges when the key starts or ends with a Latin letter or digit, require that the
	 *                   original text has no Latin letter or digit right outside the match there, so
	 *                   that "IDC" does not match inside "AIDC" or "IDCs"
	 * @return {start, end} spans in the original text of every occurrence
	 */
	List<int[]> find(String key, boolean[] breaks, boolean latinEdges) {
		List<int[]> spans = new ArrayList<>();
		if (key.isEmpty()) {
			return spans;
		}
		boolean latinStart = latinEdges && isLatin(key.charAt(0));
		boolean latinEnd = latinEdges && isLatin(key.charAt(key.length() - 1));
		for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
			if (!spacedAsAllowed(at, key.length(), breaks)) {
				continue;
			}
			int start = origin[at];
			int end = origin[at + key.length() - 1] + 1;
			if (latinStart && start > 0 && isLatin(original.charAt(start - 1))) {
				continue;
			}
			if (latinEnd && end < original.length() && isLatin(original.charAt(end))) {
				continue;
			}
			spans.add(new int[] { start, end });
		}
		return spans;
	}

	private boolean spacedAsAllowed(int at, int length, boolean[] breaks) {
		for (int k = 1; k < length; k++) {
			if (origin[at + k] != origin[at + k - 1] + 1 && !breaks[k]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}
}
