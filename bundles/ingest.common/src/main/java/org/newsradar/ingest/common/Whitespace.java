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
		if (isNormal(text)) {
			return text.toString();
		}
		StringBuilder b = new StringBuilder(text.length());
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u200b' || c == '\u2060' || c == '\ufeff') {
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

	/** @return true when the text is already trimmed, with single plain spaces and nothing zero-width */
	private static boolean isNormal(CharSequence text) {
		int n = text.length();
		if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
			return n == 0;
		}
		char prev = 'x';
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == ' ' ? prev == ' ' : c < '!' || c >= '\u0085' && (isSpace(c) || c == '\u200b' || c == '\u2060' || c == '\ufeff')) {
				return false;
			}
			prev = c;
		}
		return true;
	}

	/** @return true for any kind of space, line breaks included */
	public static boolean isSpace(char c) {
		if (c > ' ' && c < '\u0085' || c > '\u3000' && c < '\ufeff') {
			return false; // ASCII, Hangul, kana and Han hold no spaces: the common cases, no table lookup
		}
		return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
	}
}
