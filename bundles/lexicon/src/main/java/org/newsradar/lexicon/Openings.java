package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal text every match of a regular expression must start with, when the expression's
 * opening makes that plain: a literal ("기부…" opens with 기부), a digit class ({@code \d}),
 * alternatives that each open so ({@code (?:수해|침수|산불)…}, {@code 착공|준공}), an optional group
 * before any of these ({@code (?:AI\s?)?데이[터타]} opens with AI or 데이), and a look-around, which
 * takes no text, before them; a literal or a group of plain words goes on into what follows it
 * ({@code (?:시|군)의회} opens with 시의회 or 군의회). Matching then tries only the positions holding
 * one of these openings instead of every position of the text, which is most of the cost of an
 * expression. Anything less plain (a character class or an optional character first) yields no
 * openings, and the expression is matched everywhere.
 */
final class Openings {
	private static final String META = "\\[](){}.*+?^$|";
	private static final String QUANTIFIERS = "?*+{";
	/** The most openings worth telling apart for one expression: more cost more than they spare. */
	private static final int MAX_OPENINGS = 64;

	private Openings() {
	}

	/**
	 * @param caseInsensitive whether the expression folds Latin case, as openings are then compared
	 * @return the openings, none of which starts another (that one would be redundant), or
	 *         {@code null} when they cannot be told safely
	 */
	static String[] of(String regex, boolean caseInsensitive) {
		List<String> openings = new ArrayList<>();
		if (!collect(regex, openings)) {
			return null;
		}
		List<String> shortest = new ArrayList<>();
		for (String o : openings) {
			if (openings.stream().noneMatch(other -> isShorterPrefix(other, o, caseInsensitive))
				&& shortest.stream().noneMatch(kept -> startsWith(o, 0, kept, caseInsensitive))) {
				shortest.add(o);
			}
		}
		return shortest.toArray(String[]::new);
	}

	private static boolean isShorterPrefix(String prefix, String of, boolean caseInsensitive) {
		return prefix.length() < of.length() && startsWith(of, 0, prefix, caseInsensitive);
	}

	/**
	 * @return whether every alternative of the expression starts with {@code ^}: compiled without
	 *         multi-line mode, it then matches only where the text starts
	 */
	static boolean anchoredAtStart(String regex) {
		List<String> alternatives = splitTopLevel(regex);
		return alternatives != null && alternatives.stream().allMatch(a -> a.startsWith("^"));
	}

	/**
	 * @return whether a match from the next digit of a run would be a match from this digit too, so
	 *         that a failed try at a digit rules out the rest of its run: the expression opens with
	 *         {@code \d} and an unbounded repetition that takes digits ({@code \d+},
	 *         {@code \d[\d,.]*}, {@code \d(?:[\d,.]|\s)*}), and nothing in it keeps backtracking
	 *         from trying every way (possessive quantifiers, atomic groups) or refers back to a group
	 */
	static boolean absorbsDigits(String regex) {
		if (!regex.startsWith("\\d") || regex.contains("(?>") || regex.matches(".*(?:[*+?}]\\+|\\\\[1-9k]).*")) {
			return false;
		}
		String rest = regex.substring(2);
		if (rest.startsWith("+")) {
			return true;
		}
		boolean takesDigits;
		int end;
		if (rest.startsWith("[")) {
			end = rest.indexOf(']') + 1;
			takesDigits = end > 0 && takesDigits(rest.substring(0, end));
		} else if (rest.startsWith("(?:")) {
			end = closingParen(rest) + 1;
			List<String> alternatives = end > 0 ? splitTopLevel(rest.substring(3, end - 1)) : null;
			takesDigits = alternatives != null && alternatives.stream().anyMatch(a -> a.equals("\\d") || takesDigits(a));
		} else {
			return false;
		}
		return takesDigits && end < rest.length() && (rest.charAt(end) == '*' || rest.charAt(end) == '+');
	}

	/** @return whether the text is a character class, not negated, holding every digit */
	private static boolean takesDigits(String element) {
		return element.startsWith("[") && !element.startsWith("[^") && element.endsWith("]") && element.indexOf(']') == element.length() - 1
			&& (element.contains("\\d") || element.contains("0-9"));
	}

	/** @return whether {@code text} holds {@code opening} at {@code at}, Latin case folded if asked */
	private static boolean startsWith(String text, int at, String opening, boolean caseInsensitive) {
		if (at + opening.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < opening.length(); i++) {
			char a = text.charAt(at + i);
			char b = opening.charAt(i);
			if (a != b && !(caseInsensitive && FoldedText.fold(a) == FoldedText.fold(b))) {
				return false;
			}
		}
		return true;
	}

	private static boolean collect(String regex, List<String> into) {
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

	private static boolean collectOpening(String alt, List<String> into) {
		if (alt.isEmpty()) {
			return false;
		}
		if (alt.startsWith("(?=") || alt.startsWith("(?!") || alt.startsWith("(?<=") || alt.startsWith("(?<!")) {
			// a look-around takes no text: what follows it opens the match
			int close = closingParen(alt);
			return close >= 0 && collectOpening(alt.substring(close + 1), into);
		}
		if (alt.startsWith("(?:")) {
			int close = closingParen(alt);
			if (close < 0) {
				return false;
			}
			if (!optional(alt, close + 1)) {
				String inside = alt.substring(3, close);
				List<String> group = new ArrayList<>();
				if (!collect(inside, group)) {
					return false;
				}
				boolean plainWords = close + 1 >= alt.length() || QUANTIFIERS.indexOf(alt.charAt(close + 1)) < 0;
				for (String word : splitTopLevel(inside)) {
					plainWords &= word.chars().noneMatch(c -> META.indexOf(c) >= 0 || Character.isSurrogate((char) c));
				}
				into.addAll(plainWords ? followedBy(group, alt.substring(close + 1)) : group);
				return true;
			}
			// an optional group: the match opens with the group or with what follows it
			return collect(alt.substring(3, close), into) && collectOpening(alt.substring(afterQuantifier(alt, close + 1)), into);
		}
		if (alt.startsWith("\\d")) {
			if (optional(alt, 2)) {
				return false;
			}
			for (char c = '0'; c <= '9'; c++) {
				into.add(String.valueOf(c));
			}
			return true;
		}
		int end = 0;
		while (end < alt.length() && META.indexOf(alt.charAt(end)) < 0 && !Character.isSurrogate(alt.charAt(end))) {
			end++;
		}
		if (end < alt.length() && QUANTIFIERS.indexOf(alt.charAt(end)) >= 0) {
			if (alt.charAt(end) != '+') {
				end--; // the last letter may be absent or repeated: the opening stops before it
			}
			if (end <= 0) {
				return false;
			}
			into.add(alt.substring(0, end));
			return true;
		}
		if (end == 0) {
			return false;
		}
		into.addAll(followedBy(List.of(alt.substring(0, end)), alt.substring(end)));
		return true;
	}

	/**
	 * @param prefixes texts that a match of the expression's start holds in full (a literal, or a
	 *                 group of plain words matched once)
	 * @param rest     what follows them in the expression
	 * @return the prefixes followed by each opening of the rest, when those can be told and are few
	 *         ({@code (?:시|군)의회} opens with 시의회 or 군의회, not just 시 or 군), else the prefixes
	 */
	private static List<String> followedBy(List<String> prefixes, String rest) {
		List<String> next = new ArrayList<>();
		if (rest.isEmpty() || !collectOpening(rest, next) || prefixes.size() * next.size() > MAX_OPENINGS) {
			return prefixes;
		}
		List<String> joined = new ArrayList<>();
		for (String prefix : prefixes) {
			for (String n : next) {
				joined.add(prefix + n);
			}
		}
		return joined;
	}

	/** @return whether what follows the element at {@code at} lets it match nothing */
	private static boolean optional(String s, int at) {
		return at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '*' || s.startsWith("{0", at));
	}

	/** @return the offset past the quantifier at {@code at} (and past its lazy or possessive mark) */
	private static int afterQuantifier(String s, int at) {
		int end = s.charAt(at) == '{' ? s.indexOf('}', at) + 1 : at + 1;
		return end < s.length() && (s.charAt(end) == '?' || s.charAt(end) == '+') ? end + 1 : end;
	}

	/** @return the index of the parenthesis closing the group that opens the expression, or -1 */
	private static int closingParen(String s) {
		int[] depth = depths(s);
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == ')' && depth[i] == 1) {
				return i;
			}
		}
		return -1;
	}

	/** @return the top-level alternatives of the expression, or {@code null} if it is unbalanced */
	private static List<String> splitTopLevel(String s) {
		int[] depth = depths(s);
		if (depth[s.length()] != 0) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == '|' && depth[i] == 0) {
				parts.add(s.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(s.substring(start));
		return parts;
	}

	/**
	 * @return the group depth before each character of the expression, -1 for a character escaped or
	 *         inside a character class; the extra last slot holds the depth at the end (-1 when a
	 *         class is left open)
	 */
	private static int[] depths(String s) {
		int n = s.length();
		int[] depths = new int[n + 1];
		int depth = 0;
		boolean inClass = false;
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			depths[i] = -1;
			if (c == '\\') {
				if (i + 1 < n) {
					depths[++i] = -1;
				}
			} else if (inClass) {
				inClass = c != ']';
			} else if (c == '[') {
				inClass = true;
			} else {
				depths[i] = depth;
				depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			}
		}
		depths[n] = inClass ? -1 : depth;
		return depths;
	}
}
