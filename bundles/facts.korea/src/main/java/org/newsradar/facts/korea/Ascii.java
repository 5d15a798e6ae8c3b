package org.newsradar.facts.korea;

import java.util.ArrayList;
import java.util.List;

/**
 * ASCII letters in mostly Korean text: romanised names and English words. Case-insensitive
 * checks fold only ASCII letters, so a folded text keeps every offset of the original.
 */
final class Ascii {
	private Ascii() {
	}

	static boolean isLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	static boolean isLetterOrDigit(char c) {
		return isLetter(c) || c >= '0' && c <= '9';
	}

	static char toLowerCase(char c) {
		return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
	}

	/**
	 * @return {@code text} with its ASCII letters in lower case (Hangul untouched, same length);
	 *         {@code text} itself when it has no capital to fold
	 */
	static String toLowerCase(String text) {
		int i = 0;
		while (i < text.length() && !(text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (; i < chars.length; i++) {
			chars[i] = toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	/**
	 * @return {@code words} without those an earlier one begins (hire, hires, hired → hire):
	 *         whoever looks for all of them in order finds the same places in the same order
	 */
	static List<String> withoutExtensions(List<String> words) {
		List<String> kept = new ArrayList<>();
		for (String w : words) {
			if (kept.stream().noneMatch(w::startsWith)) {
				kept.add(w);
			}
		}
		return List.copyOf(kept);
	}

	/**
	 * A cheap test before running English patterns over a story: plain {@code indexOf} per word.
	 *
	 * @return whether {@code text} contains any of {@code words}; for a test without case, pass
	 *         the text folded by {@link #toLowerCase(String)} and the words in lower case
	 */
	static boolean containsAny(String text, List<String> words) {
		for (String w : words) {
			if (text.contains(w)) {
				return true;
			}
		}
		return false;
	}
}
