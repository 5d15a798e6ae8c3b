package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters every match of a regular expression must start with, when the expression's
 * opening makes that plain: a literal ("기부…"), a digit class ({@code \d}), or alternatives that
 * each open so ({@code (?:수해|침수|산불)…}, {@code 착공|준공}). Matching then tries only the
 * positions holding one of them instead of every position of the text, which is most of the cost
 * of an expression that opens with many alternatives. Anything less plain (an optional opening, a
 * character class, a look-around) yields no set, and the expression is matched everywhere.
 */
final class FirstChars {
	private static final String META = "\\[](){}.*+?^$|";

	private FirstChars() {
	}

	/** @return the sorted opening characters, or {@code null} when they cannot be told safely */
	static char[] of(String regex, boolean caseInsensitive) {
		Set<Character> chars = new TreeSet<>();
		if (!collect(regex, chars)) {
			return null;
		}
		if (caseInsensitive) {
			for (char c : List.copyOf(chars)) {
				if (c < 128) {
					chars.add(Character.toLowerCase(c));
					chars.add(Character.toUpperCase(c));
				}
			}
		}
		char[] sorted = new char[chars.size()];
		int i = 0;
		for (char c : chars) {
			sorted[i++] = c;
		}
		return sorted;
	}

	private static boolean collect(String regex, Set<Character> into) {
		List<String> alternatives = splitTopLevel(regex);
		if (alternatives == null) {
			return false;
		}
		for (String alternative : alternatives) {
			if (!collectOpening(alternative, into)) {
				return false;
			}
		}
		return true;
	}

	private static boolean collectOpening(String alt, Set<Character> into) {
		if (alt.isEmpty()) {
			return false;
		}
		if (alt.startsWith("(?:")) {
			int close = closingParen(alt, 0);
			if (close < 0 || optional(alt, close + 1)) {
				return false;
			}
			return collect(alt.substring(3, close), into);
		}
		if (alt.startsWith("\\d")) {
			if (optional(alt, 2)) {
				return false;
			}
			for (char c = '0'; c <= '9'; c++) {
				into.add(c);
			}
			return true;
		}
		char c = alt.charAt(0);
		if (META.indexOf(c) >= 0 || Character.isHighSurrogate(c) || optional(alt, 1)) {
			return false;
		}
		into.add(c);
		return true;
	}

	/** @return whether what follows the element at {@code at} lets it match nothing */
	private static boolean optional(String s, int at) {
		return at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '*' || s.startsWith("{0", at));
	}

	private static int closingParen(String s, int open) {
		int depth = 0;
		boolean inClass = false;
		for (int i = open; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			} else if (inClass) {
				inClass = c != ']';
			} else if (c == '[') {
				inClass = true;
			} else if (c == '(') {
				depth++;
			} else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** @return the top-level alternatives of the expression, or {@code null} if it is unbalanced */
	private static List<String> splitTopLevel(String s) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			} else if (inClass) {
				inClass = c != ']';
			} else if (c == '[') {
				inClass = true;
			} else if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == '|' && depth == 0) {
				parts.add(s.substring(start, i));
				start = i + 1;
			}
		}
		if (depth != 0 || inClass) {
			return null;
		}
		parts.add(s.substring(start));
		return parts;
	}
}
