package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text every match of a regular expression must start with, folded as {@link FoldedText} folds
 * (white space left out, Latin case folded), when the expression makes that plain: literals, small
 * classes of literal characters ({@code 데이[터타]} opens with 데이터 or 데이타), digits
 * ({@code \d}), groups and alternatives of these, optional elements (with or without them), and
 * look-arounds (which take no text); white space ({@code \s?}, a space) is passed over, since the
 * folded text has none ({@code 데이[터타]\s?센터} opens with 데이터센터 or 데이타센터, also spaced
 * "데이터 센터" in the text). An opening goes on as far as the expression stays that plain: at
 * anything else (any character, a negated class, a repetition) it stops. Matching then tries only
 * the positions of the folded text where one of these openings stands instead of every position of
 * the text, which is most of the cost of an expression. An expression one of whose matches can start
 * with white space or with anything less plain yields no openings, and is matched everywhere.
 *
 * <p>Every classifier bundle works its patterns out at each start, interpreted for the most part
 * (each bundle has its own copy of this class): hence loops rather than streams and lambdas, whose
 * sites each make a class at first use, and a sequence's elements read once however many of its
 * rests {@link #needed} asks about.
 */
final class Openings {
	private static final String QUANTIFIERS = "?*+{";
	/** The most openings worth telling apart for one expression: more cost more than they spare. */
	private static final int MAX_OPENINGS = 64;
	/** What an element that can be anything opens with: nothing that can be told. */
	private static final List<Opening> UNKNOWN = List.of(new Opening("", false, false));
	/** What an element that takes no text opens with. */
	private static final List<Opening> NOTHING = List.of(new Opening("", true, false));
	/** What an element that takes white space alone opens with. */
	private static final List<Opening> SPACE = List.of(new Opening("", true, true));
	/** What {@code \d} opens with. */
	private static final List<Opening> DIGITS = List.of(new Opening("0", true, false), new Opening("1", true, false),
		new Opening("2", true, false), new Opening("3", true, false), new Opening("4", true, false),
		new Opening("5", true, false), new Opening("6", true, false), new Opening("7", true, false),
		new Opening("8", true, false), new Opening("9", true, false));
	/** The letters that, after {@code (?}, make an inline flag. */
	private static final String FLAGS = "idmsuxU-";
	private static final Pattern INTERVAL = Pattern.compile("\\{(\\d{1,6})(,(\\d{1,6})?)?}");

	/**
	 * The folded text a match (of an element, or of the expression so far) starts with.
	 *
	 * @param complete whether the text is all such a match takes, so that what follows the element
	 *                 in the expression follows the text in the match too
	 * @param spaced   whether the match may start with white space, which the folded text leaves out:
	 *                 such a match does not start where its opening stands
	 */
	private static final class Opening {
		private final String text;
		private final boolean complete;
		private final boolean spaced;

		Opening(String text, boolean complete, boolean spaced) {
			this.text = text;
			this.complete = complete;
			this.spaced = spaced;
		}

		Opening then(Opening next) {
			return new Opening(text.concat(next.text), next.complete, spaced || text.isEmpty() && next.spaced);
		}

		Opening incomplete() {
			return new Opening(text, false, spaced);
		}

		// written out: a record's are made by an invokedynamic bootstrap at first use, in each bundle
		@Override
		public boolean equals(Object o) {
			return o instanceof Opening other && text.equals(other.text) && complete == other.complete && spaced == other.spaced;
		}

		@Override
		public int hashCode() {
			return text.hashCode() * 4 + (complete ? 2 : 0) + (spaced ? 1 : 0);
		}
	}

	private Openings() {
	}

	/**
	 * @return the openings, folded as {@link FoldedText#key} folds, none of which starts another
	 *         (that one would be redundant), or {@code null} when they cannot be told safely
	 */
	static String[] of(String regex) {
		List<String> openings = new ArrayList<>();
		for (Opening o : alternatives(regex)) {
			if (o.text.isEmpty() || o.spaced) {
				return null;
			}
			openings.add(o.text);
		}
		return shortest(openings);
	}

	/** @return the texts, once each, but those that another one starts */
	private static String[] shortest(List<String> texts) {
		List<String> shortest = new ArrayList<>();
		for (String t : texts) {
			if (!startsWithAShorter(t, texts) && !shortest.contains(t)) {
				shortest.add(t);
			}
		}
		return shortest.toArray(new String[0]);
	}

	private static boolean startsWithAShorter(String text, List<String> texts) {
		for (String other : texts) {
			if (other.length() < text.length() && text.startsWith(other)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What a match needs beyond its opening, so that a try can be skipped where the text lacks it:
	 * from each element of an expression without top-level alternatives on, the rest of a match
	 * opens with one of the rest's openings ({@code \d+\s?시간\s?봉사} needs 시간봉사 after its
	 * digits), and so the folded text holds one of them at or after where the match starts.
	 *
	 * @return sets of folded texts, each holding one text that every match holds (at or after its
	 *         start, in the folded text); none that a text holding another one holds too, and none
	 *         with a text too common to tell (a digit, a Latin letter, a punctuation mark)
	 */
	static String[][] needed(String regex) {
		List<String> alternatives = splitTopLevel(regex);
		// an inline flag ((?i), (?u)) may change how what follows it matches
		if (alternatives == null || alternatives.size() != 1 || hasInlineFlag(regex)) {
			return new String[0][];
		}
		Sequence sequence = new Sequence(regex);
		List<String[]> needed = new ArrayList<>();
		for (int at = 0; at < regex.length(); at = sequence.restAfter(at)) {
			List<String> texts = new ArrayList<>();
			for (Opening o : sequence.openingsFrom(at)) {
				texts.add(o.text);
			}
			String[] rest = shortest(texts);
			if (allTelling(rest)) {
				needed.add(rest);
			}
		}
		// a set that another one implies says no more than that one (of two alike, the first stays)
		List<String[]> telling = new ArrayList<>();
		for (int i = 0; i < needed.size(); i++) {
			if (!impliedByAnother(i, needed)) {
				telling.add(needed.get(i));
			}
		}
		return telling.toArray(new String[0][]);
	}

	/** @return whether the expression holds an inline flag ({@code (?i)}, {@code (?u:...)}, {@code (?-i)}) */
	private static boolean hasInlineFlag(String regex) {
		for (int at = regex.indexOf("(?"); at >= 0; at = regex.indexOf("(?", at + 1)) {
			if (at + 2 < regex.length() && FLAGS.indexOf(regex.charAt(at + 2)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** @return whether no text is too common to tell (a digit, a Latin letter, a punctuation mark, nothing) */
	private static boolean allTelling(String[] texts) {
		for (String text : texts) {
			if (!(text.length() > 1 || !text.isEmpty() && text.charAt(0) >= 128)) {
				return false;
			}
		}
		return true;
	}

	/** @return whether another set implies set {@code i}, and is not implied by it, or is and comes first */
	private static boolean impliedByAnother(int i, List<String[]> sets) {
		String[] set = sets.get(i);
		for (int j = 0; j < sets.size(); j++) {
			if (j != i && implies(sets.get(j), set) && (j < i || !implies(set, sets.get(j)))) {
				return true;
			}
		}
		return false;
	}

	/** @return whether a text holding one of {@code some} always holds one of {@code others} */
	private static boolean implies(String[] some, String[] others) {
		for (String text : some) {
			if (!holdsOneOf(text, others)) {
				return false;
			}
		}
		return true;
	}

	private static boolean holdsOneOf(String text, String[] others) {
		for (String other : others) {
			if (text.contains(other)) {
				return true;
			}
		}
		return false;
	}

	/** @return the offset of the element after the one at {@code at} (past its quantifier), or -1 where it cannot be told */
	private static int nextElement(String seq, int at) {
		int end = elementEnd(seq, at);
		return end < 0 || end >= seq.length() || QUANTIFIERS.indexOf(seq.charAt(end)) < 0 ? end : afterQuantifier(seq, end);
	}

	/** @return the openings of an expression's alternatives, {@link #UNKNOWN} if it is unbalanced */
	private static List<Opening> alternatives(String regex) {
		List<String> alternatives = splitTopLevel(regex);
		if (alternatives == null) {
			return UNKNOWN;
		}
		List<Opening> openings = new ArrayList<>();
		for (String alternative : alternatives) {
			openings.addAll(sequence(alternative));
		}
		return openings;
	}

	/** @return the openings of a sequence of elements: each element's openings after the ones before */
	private static List<Opening> sequence(String seq) {
		return new Sequence(seq).openingsFrom(0);
	}

	/** A sequence of elements, each read once, when first asked for, whichever rest of the sequence asks. */
	private static final class Sequence {
		private final String seq;
		/** By offset of an element: its openings as its quantifier leaves them, once read. */
		private final Object[] elements;
		/** By offset of an element once read: the offset where the rest after it starts. */
		private final int[] rests;

		Sequence(String seq) {
			this.seq = seq;
			this.elements = new Object[seq.length()];
			this.rests = new int[seq.length()];
		}

		/** @return the openings of the rest of the sequence from the element at {@code from} on */
		List<Opening> openingsFrom(int from) {
			List<Opening> done = new ArrayList<>();
			List<Opening> going = NOTHING;
			int at = from;
			while (at < seq.length() && !going.isEmpty()) {
				List<Opening> element = elementAt(at);
				if (going.size() * element.size() > MAX_OPENINGS) {
					break;
				}
				Set<Opening> next = new LinkedHashSet<>(); // optional white space makes twins
				for (Opening o : going) {
					for (Opening e : element) {
						(e.complete ? next : done).add(o.then(e));
					}
				}
				going = List.copyOf(next);
				at = rests[at];
			}
			for (Opening o : going) {
				done.add(at < seq.length() ? o.incomplete() : o);
			}
			return done;
		}

		/** @return where the rest after the element at {@code at} starts (past the end where that cannot be told) */
		int restAfter(int at) {
			elementAt(at);
			return rests[at];
		}

		@SuppressWarnings("unchecked")
		private List<Opening> elementAt(int at) {
			if (elements[at] == null) {
				int end = elementEnd(seq, at);
				elements[at] = end < 0 ? UNKNOWN : quantified(element(seq.substring(at, end)), seq, end);
				rests[at] = end < 0 ? seq.length() : nextElement(seq, at);
			}
			return (List<Opening>) elements[at];
		}
	}

	/** @return the openings of one element of an expression, without its quantifier */
	private static List<Opening> element(String e) {
		char c = e.charAt(0);
		if (c == '(') {
			if (e.startsWith("(?=") || e.startsWith("(?!") || e.startsWith("(?<=") || e.startsWith("(?<!")) {
				return NOTHING; // a look-around takes no text
			}
			if (e.startsWith("(?:")) {
				return alternatives(e.substring(3, e.length() - 1));
			}
			return e.startsWith("(?") ? UNKNOWN : alternatives(e.substring(1, e.length() - 1));
		}
		if (c == '[') {
			return characterClass(e.substring(1, e.length() - 1));
		}
		if (c == '\\') {
			char escaped = e.charAt(1);
			if (escaped == 's') {
				return SPACE;
			}
			if (escaped == 'd') {
				return DIGITS;
			}
			return Character.isLetterOrDigit(escaped) ? UNKNOWN : literal(escaped);
		}
		return ".^$".indexOf(c) >= 0 || QUANTIFIERS.indexOf(c) >= 0 || Character.isSurrogate(c) ? UNKNOWN : literal(c);
	}

	/** @return what a literal character opens with, folded as {@link FoldedText#key} folds */
	private static List<Opening> literal(char c) {
		return FoldedText.isSpace(c) ? SPACE : List.of(new Opening(String.valueOf(FoldedText.fold(c)), true, false));
	}

	/** @return the openings of a class of plain characters, one per character ({@link #UNKNOWN} for any other class) */
	private static List<Opening> characterClass(String members) {
		if (members.isEmpty() || members.startsWith("^")) {
			return UNKNOWN;
		}
		for (int i = 0; i < members.length(); i++) {
			char m = members.charAt(i);
			if ("\\[]-&".indexOf(m) >= 0 || Character.isSurrogate(m)) {
				return UNKNOWN;
			}
		}
		List<Opening> openings = new ArrayList<>();
		for (int i = 0; i < members.length(); i++) {
			openings.addAll(literal(members.charAt(i)));
		}
		return openings;
	}

	/** @return the element's openings as the quantifier at {@code at}, if any, leaves them */
	private static List<Opening> quantified(List<Opening> element, String seq, int at) {
		if (at >= seq.length() || QUANTIFIERS.indexOf(seq.charAt(at)) < 0) {
			return element;
		}
		int[] bounds = bounds(seq, at);
		if (bounds == null) {
			return UNKNOWN;
		}
		// repeated, an element may go on past its opening, unless it takes white space alone
		boolean goesOn = bounds[1] > 1 && !takesSpaceAlone(element);
		List<Opening> openings = new ArrayList<>();
		if (bounds[1] > 0) {
			for (Opening o : element) {
				openings.add(goesOn ? o.incomplete() : o);
			}
		}
		if (bounds[0] == 0) {
			openings.addAll(NOTHING);
		}
		return openings;
	}

	/** @return whether every opening of an element is white space alone */
	private static boolean takesSpaceAlone(List<Opening> element) {
		for (Opening o : element) {
			if (!(o.text.isEmpty() && o.spaced && o.complete)) {
				return false;
			}
		}
		return true;
	}

	/** @return the least and most count of the quantifier at {@code at} (most: MAX_VALUE for unbounded), or {@code null} */
	private static int[] bounds(String seq, int at) {
		switch (seq.charAt(at)) {
		case '?':
			return new int[] { 0, 1 };
		case '*':
			return new int[] { 0, Integer.MAX_VALUE };
		case '+':
			return new int[] { 1, Integer.MAX_VALUE };
		default:
			Matcher m = INTERVAL.matcher(seq).region(at, seq.length());
			if (!m.lookingAt()) {
				return null;
			}
			int least = Integer.parseInt(m.group(1));
			return new int[] { least, m.group(2) == null ? least : m.group(3) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(3)) };
		}
	}

	/**
	 * @return the end of the element at {@code at} (a character, an escape, a class or a group),
	 *         without its quantifier, or -1 where it cannot be told
	 */
	private static int elementEnd(String seq, int at) {
		char c = seq.charAt(at);
		if (c == '\\') {
			// an escape that goes on past its letter (\x41, a Unicode escape, \p{L}, \Q…\E, a back reference) is not told
			return at + 2 > seq.length() || "xuc0pPNkQ".indexOf(seq.charAt(at + 1)) >= 0 || Character.isDigit(seq.charAt(at + 1)) ? -1 : at + 2;
		}
		if (c == '[') {
			return classEnd(seq, at);
		}
		if (c == '(') {
			int close = closingParen(seq.substring(at));
			return close < 0 ? -1 : at + close + 1;
		}
		return at + 1;
	}

	/**
	 * @return whether every alternative of the expression starts with {@code ^}: compiled without
	 *         multi-line mode, it then matches only where the text starts
	 */
	static boolean anchoredAtStart(String regex) {
		List<String> alternatives = splitTopLevel(regex);
		if (alternatives == null) {
			return false;
		}
		for (String a : alternatives) {
			if (!a.startsWith("^")) {
				return false;
			}
		}
		return true;
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
			takesDigits = false;
			for (int i = 0; alternatives != null && i < alternatives.size() && !takesDigits; i++) {
				takesDigits = alternatives.get(i).equals("\\d") || takesDigits(alternatives.get(i));
			}
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

	/** @return the end of the class opening at {@code at}, -1 for an empty class or one holding a class */
	private static int classEnd(String seq, int at) {
		int i = seq.startsWith("[^", at) ? at + 2 : at + 1;
		for (int first = i; i < seq.length(); i++) {
			char c = seq.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '[' || c == ']' && i == first) {
				return -1;
			} else if (c == ']') {
				return i + 1;
			}
		}
		return -1;
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
