package org.newsradar.ingest.common;

/**
 * Spaces as a reader sees them: every kind of space (no-break, ideographic, thin …) is a space,
 * zero-width spaces and stray byte-order marks are nothing, and runs of spaces are one space, or two
 * when wide gaps are kept (they set menu words apart in text dumps).
 */
public final class Whitespace {
	private Whitespace() {
	}

	/** @return the text with spaces normalised and the ends trimmed */
	public static String normalize(CharSequence text, boolean keepWideGaps) {
		return normalize(text, 0, text.length(), keepWideGaps);
	}

	/** @return the part of the text from {@code from} to {@code to}, spaces normalised and the ends trimmed */
	public static String normalize(CharSequence text, int from, int to, boolean keepWideGaps) {
		// spaces and zero-width characters at the ends go anyway: lines with only those to mend are copied whole
		while (from < to && isSpaceOrNothing(text.charAt(from))) {
			from++;
		}
		while (to > from && isSpaceOrNothing(text.charAt(to - 1))) {
			to--;
		}
		if (isNormal(text, from, to)) {
			return text.subSequence(from, to).toString();
		}
		StringBuilder b = new StringBuilder(to - from);
		int run = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (isZeroWidth(c)) {
				continue;
			}
			if (isSpace(c)) {
				run++;
				continue;
			}
			if (run > 0 && b.length() > 0) {
				b.append(keepWideGaps && run > 1 ? "  " : " ");
			}
			run = 0;
			b.append(c);
		}
		return b.toString();
	}

	/** @return true when the part is already trimmed, with single plain spaces and nothing zero-width */
	private static boolean isNormal(CharSequence text, int from, int to) {
		if (from == to || text.charAt(from) == ' ' || text.charAt(to - 1) == ' ') {
			return from == to;
		}
		char prev = 'x';
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ' ' ? prev == ' ' : c < '!' || c >= '\u0085' && isSpaceOrNothing(c)) {
				return false;
			}
			prev = c;
		}
		return true;
	}

	private static boolean isZeroWidth(char c) {
		return c == '\u200b' || c == '\u2060' || c == '\ufeff';
	}

	private static boolean isSpaceOrNothing(char c) {
		return isSpace(c) || isZeroWidth(c);
	}

	/** @return true for any kind of space, line breaks included */
	public static boolean isSpace(char c) {
		if (c > ' ' && c < '\u0085' || c > '\u3000' && c < '\ufeff') {
			return false; // ASCII, Hangul, kana and Han hold no spaces: the common cases, no table lookup
		}
		return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
	}
}
