package org.newsradar.lexicon;

/**
 * A field's text with all white space removed and Latin letters lower-cased, mapped back to the
 * original offsets. Korean writers space compounds freely ("데이터 센터", "데이터센터", "스마트 공장"),
 * so a cue is matched against this folded form and reported with its span in the original. A cue
 * may be spaced in the text only where its lexicon phrase has a space: "데이터 센터" matches both
 * spellings, while "성금" does not match across words in "작성 금지".
 */
final class FoldedText {
	/**
	 * The characters {@link Character#isWhitespace} or {@link Character#isSpaceChar} call space, as
	 * ranges of first and last: written out rather than found by asking both of every character at
	 * each start, where the scan ran interpreted in each bundle that inlines this class.
	 */
	private static final char[] SPACE_RANGES = { '\t', '\r', '\u001c', ' ', '\u00a0', '\u00a0', '\u1680', '\u1680',
		'\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u202f', '\u205f', '\u205f', '\u3000', '\u3000' };
	/** The same characters as bits by character. */
	private static final long[] SPACES = new long[(Character.MAX_VALUE + 1) / 64];

	static {
		for (int r = 0; r < SPACE_RANGES.length; r += 2) {
			for (char c = SPACE_RANGES[r]; c <= SPACE_RANGES[r + 1]; c++) {
				SPACES[c >>> 6] |= 1L << c;
			}
		}
	}

	private final String original;
	private final char[] folded;
	private final int length;
	/** For each folded offset, the offset of its character in the original. */
	private final int[] origin;

	private FoldedText(String original, char[] folded, int length, int[] origin) {
		this.original = original;
		this.folded = folded;
		this.length = length;
		this.origin = origin;
	}

	static FoldedText of(String text) {
		// the characters copied out at once and folded where they stand: faster than one charAt each
		char[] folded = text.toCharArray();
		int[] origin = new int[folded.length];
		int length = 0;
		for (int i = 0; i < folded.length; i++) {
			char c = folded[i];
			if (!isSpace(c)) {
				origin[length] = i;
				folded[length++] = fold(c);
			}
		}
		return new FoldedText(text, folded, length, origin);
	}

	/** @return the key a phrase is matched by: no white space, Latin lower case */
	static String key(String phrase) {
		StringBuilder key = new StringBuilder(phrase.length());
		for (int i = 0; i < phrase.length(); i++) {
			char c = phrase.charAt(i);
			if (!isSpace(c)) {
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
			if (isSpace(phrase.charAt(i))) {
				space = k > 0;
				continue;
			}
			breaks[k++] = space;
			space = false;
		}
		return breaks;
	}

	/** @return whether the folded text leaves the character out */
	static boolean isSpace(char c) {
		return (SPACES[c >>> 6] & 1L << c) != 0;
	}

	static char fold(char c) {
		return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
	}

	String original() {
		return original;
	}

	/** @return how many characters the folded text has */
	int length() {
		return length;
	}

	/** @return the character at a folded offset */
	char charAt(int at) {
		return folded[at];
	}

	/**
	 * @param at     where a phrase's key stands in the folded text
	 * @param length the key's length
	 * @param breaks where the phrase has white space (see {@link #breaks})
	 * @return whether the text is spaced there only where the phrase allows it, and, where the key
	 *         starts or ends with a Latin letter or digit, has no Latin letter or digit right outside
	 *         the match there, so that "IDC" does not match inside "AIDC" or "IDCs"
	 */
	boolean fitsAt(int at, int length, boolean[] breaks) {
		int last = at + length - 1;
		for (int k = 1; k < length; k++) {
			if (origin[at + k] != origin[at + k - 1] + 1 && !breaks[k]) {
				return false;
			}
		}
		int start = origin[at];
		int end = origin[last] + 1;
		return !(isLatin(folded[at]) && start > 0 && isLatin(original.charAt(start - 1)))
			&& !(isLatin(folded[last]) && end < original.length() && isLatin(original.charAt(end)));
	}

	/** @return the offset in the original text of the character at a folded offset */
	int originOf(int at) {
		return origin[at];
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}
}
