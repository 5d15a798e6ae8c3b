package org.newsradar.ingest.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-line patterns of a lexicon (one regular expression a line), matched as one alternation but
 * much faster: most lines can begin with the first character of few alternatives, so each line is
 * tried only against those that can ({@code 검색|메뉴|…} is not tried on a line opening with 정).
 * What each alternative can begin with is read from its syntax; constructs not understood here count
 * as "any character", so the answer is always the plain alternation's. An alternative that opens with
 * {@code .{0,N}} or {@code .*} (a phrase anywhere in the line) is tried alone, and only on lines where
 * its phrase can begin within reach. When every alternative a line is tried with needs one of a few
 * characters (a weather entry, a degree sign), a line without any of them is settled without the pattern.
 * Entries hold no back references.
 */
final class LinePattern {
	/** Any characters up to a reach, greedy or reluctant ({@code .{0,60}}, {@code .*?}): a possessive one backtracks not. */
	private static final Pattern FLOATING_PREFIX = Pattern.compile("\\.(?:\\*|\\{0,(\\d{1,9})\\})\\??(?!\\+)");
	/** The whole alternation, for empty lines and for building larger patterns. */
	private final Alternation all;
	/** Sorted starts of the character intervals in which the same alternatives can begin a line. */
	private final int[] intervalStarts;
	/** The alternatives that can begin a line with a character of each interval (the lines tried, not the floating ones). */
	private final BitSet[] openByInterval;
	/**
	 * What each interval's lines are tried with, made when a line first begins in it (most runs meet
	 * few of the intervals): null until then. Read without a lock; an {@link Interval}'s fields are
	 * final, so a thread that sees one sees it whole.
	 */
	private final Interval[] intervals;
	/** The intervals made so far, by their alternatives: intervals that share them share one (guarded by this). */
	private final Map<BitSet, Interval> madeIntervals = new HashMap<>();
	private final List<String> alternatives;
	/** For each of {@link #alternatives}, its literal openings, or null when not known. */
	private final List<List<String>> openings;
	/** For each of {@link #alternatives}, characters of which a line must hold one, or null when not known. */
	private final List<BitSet> requireds;

	/**
	 * What the lines that begin in an interval are tried with.
	 *
	 * @param alternation the alternation of the alternatives that can begin with a character of the
	 *                    interval; null for none
	 * @param required    characters of which a line must hold one to match the alternation; null when
	 *                    some alternative requires none known
	 * @param gate        what a line must open with or hold to match one of the alternatives; null for none
	 */
	private record Interval(Alternation alternation, BitSet required, Gate gate) {
		static final Interval NONE = new Interval(null, null, null);
	}

	/** The alternatives that open with any characters up to a reach. */
	private final List<Floating> floating = new ArrayList<>();

	/**
	 * An alternative {@code .{0,reach}REST}: it matches when REST matches the rest of the line from one
	 * of its first reach + 1 characters, one that REST can begin with and with no line break before it
	 * (a dot matches none). REST sees the whole line, as it would within the alternative.
	 */
	private record Floating(Pattern whole, Pattern rest, int reach, BitSet restFirst, String[] restOpenings) {
		boolean matches(String line) {
			if (restFirst == null) {
				return whole.matcher(line).matches(); // REST may begin with anything
			}
			int end = (int) Math.min(line.length() - 1L, reach);
			Matcher m = null;
			for (int i = 0; i <= end; i++) {
				char c = line.charAt(i);
				if (restFirst.get(c) && startsWithAny(line, i, restOpenings)) {
					if (m == null) {
						m = rest.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
					}
					if (m.region(i, line.length()).matches()) {
						return true;
					}
				}
				if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
					return false;
				}
			}
			return false;
		}
	}

	/** @param entries regular expressions, each matched against a whole line */
	LinePattern(List<String> entries) {
		all = new Alternation(entries);
		alternatives = new ArrayList<>();
		for (String e : entries) {
			for (String a : topLevelAlternatives(e)) {
				Matcher prefix = FLOATING_PREFIX.matcher(a);
				if (prefix.lookingAt()) {
					int reach = prefix.group(1) == null ? Integer.MAX_VALUE : Integer.parseInt(prefix.group(1));
					String rest = a.substring(prefix.end());
					int[] restFirst = new First(rest).ranges();
					floating.add(new Floating(compileForMatching(a), compileForMatching(rest), reach, restFirst == First.ANY ? null : bits(restFirst),
						toArray(openings(rest))));
				} else {
					alternatives.add(a);
				}
			}
		}
		List<int[]> firsts = new ArrayList<>();
		requireds = new ArrayList<>();
		openings = new ArrayList<>();
		TreeSet<Integer> bounds = new TreeSet<>(List.of(0));
		for (String a : alternatives) {
			First syntax = new First(a);
			int[] ranges = syntax.ranges();
			firsts.add(ranges);
			int[] required = syntax.required();
			requireds.add(required == null ? null : bits(required));
			openings.add(openings(a));
			for (int i = 0; i < ranges.length; i += 2) {
				bounds.add(ranges[i]);
				bounds.add(ranges[i + 1] + 1);
			}
		}
		bounds.remove(Character.MAX_VALUE + 1);
		intervalStarts = new int[bounds.size()];
		int n = 0;
		for (int start : bounds) {
			intervalStarts[n++] = start;
		}
		intervals = new Interval[intervalStarts.length];
		BitSet[] open = new BitSet[intervalStarts.length]; // the alternatives that can begin in each interval
		for (int k = 0; k < open.length; k++) {
			open[k] = new BitSet();
		}
		for (int i = 0; i < alternatives.size(); i++) {
			int[] ranges = firsts.get(i);
			for (int r = 0; r < ranges.length; r += 2) {
				// every range starts an interval, and covers those that start up to its end
				for (int k = Arrays.binarySearch(intervalStarts, ranges[r]); k < open.length && intervalStarts[k] <= ranges[r + 1]; k++) {
					open[k].set(i);
				}
			}
		}
		openByInterval = open;
	}

	/** @return what lines that begin in the interval are tried with */
	private Interval interval(int k) {
		Interval i = intervals[k];
		return i != null ? i : makeInterval(k);
	}

	private synchronized Interval makeInterval(int k) {
		BitSet open = openByInterval[k];
		Interval i = open.isEmpty() ? Interval.NONE : madeIntervals.get(open);
		if (i == null) {
			// many intervals share their alternatives: each set of them is compiled once
			List<String> chosen = new ArrayList<>();
			for (int a = open.nextSetBit(0); a >= 0; a = open.nextSetBit(a + 1)) {
				chosen.add(alternatives.get(a));
			}
			i = new Interval(new Alternation(chosen), anyOf(open, requireds), Gate.of(open, openings, requireds));
			madeIntervals.put(open, i);
		}
		intervals[k] = i;
		return i;
	}

	/**
	 * What a line must show to match one of some alternatives: the literal text one of them opens with
	 * at its start, or, for those whose opening is not known, one of the characters they require. Most
	 * lines that begin with the right character fail this, and are settled without a matcher.
	 *
	 * @param openings the literal openings of the alternatives that have them
	 * @param unopened whether some alternative has no known opening
	 * @param required the characters one of which each alternative without a known opening requires;
	 *                 null when one of them requires none known
	 */
	private record Gate(String[] openings, boolean unopened, BitSet required) {
		static Gate of(BitSet chosen, List<List<String>> openings, List<BitSet> requireds) {
			List<String> opened = new ArrayList<>();
			List<BitSet> unopened = new ArrayList<>();
			for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
				if (openings.get(i) != null) {
					opened.addAll(openings.get(i));
				} else {
					unopened.add(requireds.get(i));
				}
			}
			BitSet required = unopened.contains(null) ? null : new BitSet();
			if (required != null) {
				unopened.forEach(required::or);
			}
			return new Gate(opened.toArray(new String[0]), !unopened.isEmpty(), required);
		}

		boolean admits(String line) {
			return startsWithAny(line, 0, openings) || unopened && holdsAny(line, 0, line.length(), required);
		}
	}

	/**
	 * Alternatives compiled into one pattern when first needed: a lexicon has a set of them for each of
	 * a hundred or so intervals, and most runs meet few of them.
	 */
	private static final class Alternation {
		private final List<String> alternatives;
		private volatile Pattern pattern;

		Alternation(List<String> alternatives) {
			this.alternatives = alternatives;
		}

		String regex() {
			return join(alternatives);
		}

		Pattern pattern() {
			Pattern p = pattern;
			if (p == null) {
				p = compileForMatching(regex()); // two threads may both compile it: either result will do
				pattern = p;
			}
			return p;
		}
	}

	/** @return one pattern for the lines of the resources */
	static LinePattern of(String... resources) {
		List<String> entries = new ArrayList<>();
		for (String r : resources) {
			entries.addAll(Lexicon.entries(r));
		}
		return new LinePattern(entries);
	}

	/** @return true when the whole line matches one of the entries */
	boolean matches(String line) {
		if (line.isEmpty()) {
			return all.pattern().matcher(line).matches();
		}
		Interval interval = interval(intervalOf(line.charAt(0)));
		Alternation a = interval.alternation;
		if (a != null && interval.gate.admits(line) && a.pattern().matcher(line).matches()) {
			return true;
		}
		for (Floating f : floating) {
			if (f.matches(line)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A test before building a line from words: false when no line that begins with the part's first
	 * character and holds no characters but the part's and plain spaces can match.
	 */
	boolean mayMatch(CharSequence text, int from, int to) {
		if (from == to || !floating.isEmpty()) {
			return true;
		}
		Interval interval = interval(intervalOf(text.charAt(from)));
		BitSet required = interval.required;
		return interval.alternation != null && (required == null || required.get(' ') || holdsAny(text, from, to, required));
	}

	private int intervalOf(char c) {
		int k = Arrays.binarySearch(intervalStarts, c);
		return k >= 0 ? k : -k - 2;
	}

	/** @return the alternation of all entries, as one regular expression */
	String pattern() {
		return all.regex();
	}

	/**
	 * @return the expression compiled with its groups made non-capturing: only whether a line matches is
	 *         asked, and a matcher sets up (and resets) room for every capturing group
	 */
	static Pattern compileForMatching(String regex) {
		StringBuilder b = new StringBuilder(regex.length() + 32);
		int classDepth = 0; // classes nest
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			b.append(c);
			if (c == '\\' && i + 1 < regex.length()) {
				b.append(regex.charAt(++i));
			} else if (c == '[') {
				classDepth++;
			} else if (c == ']' && classDepth > 0) {
				classDepth--;
			} else if (c == '(' && classDepth == 0 && !regex.startsWith("?", i + 1)) {
				b.append("?:");
			}
		}
		return Pattern.compile(b.toString());
	}

	/** @return {@code (?:(?:A)|(?:B)|…)}: the alternation of the expressions, each in a group of its own */
	static String join(List<String> alternatives) {
		StringBuilder b = new StringBuilder("(?:");
		for (int i = 0; i < alternatives.size(); i++) {
			b.append(i == 0 ? "(?:" : "|(?:").append(alternatives.get(i)).append(')');
		}
		return b.append(')').toString();
	}

	/** @return the characters one of which each chosen alternative requires, or null when one requires none known */
	private static BitSet anyOf(BitSet chosen, List<BitSet> requireds) {
		BitSet union = new BitSet();
		for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
			if (requireds.get(i) == null) {
				return null;
			}
			union.or(requireds.get(i));
		}
		return union;
	}

	/** @return true when the part of the text holds one of the characters, or when no characters are given */
	private static boolean holdsAny(CharSequence text, int from, int to, BitSet chars) {
		if (chars == null) {
			return true;
		}
		for (int i = from; i < to; i++) {
			if (chars.get(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the openings one of which every match of the expression begins with (a run of literal
	 *         characters and spaces, or the openings of a group's every alternative), or null when that
	 *         is not known. In an opening a space stands for any run of the spaces {@code \s} matches,
	 *         none included (see {@link #opensWith}): {@code 주소\s*복사} opens with "주소 복사".
	 */
	static List<String> openings(String regex) {
		if (hasInlineFlags(regex)) {
			return null; // a flag may make the rest caseless
		}
		List<String> alternatives = topLevelAlternatives(regex);
		if (alternatives.size() > 1) {
			List<String> out = new ArrayList<>();
			for (String a : alternatives) {
				List<String> inner = openings(a);
				if (inner == null) {
					return null;
				}
				out.addAll(inner);
			}
			return out;
		}
		StringBuilder run = new StringBuilder();
		int i = 0;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			int next = i + 1;
			if (regex.startsWith("\\s", i)) {
				i = afterQuantifier(regex, i + 2);
				if (run.length() == 0 || run.charAt(run.length() - 1) != ' ') {
					run.append(' '); // spaces, however many: any run of them (none included) will do
				}
				continue;
			}
			if (c == '\\') {
				if (next == regex.length() || Character.isLetterOrDigit(regex.charAt(next))) {
					break; // a class (\d …) or an anchor: not a literal
				}
				c = regex.charAt(next++);
			} else if ("()[].*+?{|^$".indexOf(c) >= 0) {
				break;
			}
			if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
				break; // the character may be left out or repeated: the run ends before it
			}
			run.append(c);
			i = next;
			if (i < regex.length() && regex.charAt(i) == '+') {
				break; // repeated: the run ends with it
			}
		}
		String opening = run.toString().stripTrailing();
		if (!opening.isEmpty()) {
			return List.of(opening);
		}
		if (!regex.startsWith("(")) {
			return null; // a class, a dot, an anchor …
		}
		int close = closingParenthesis(regex);
		if (close < 0) {
			return null;
		}
		if (regex.startsWith("(?=") || regex.startsWith("(?!") || regex.startsWith("(?<=") || regex.startsWith("(?<!")) {
			return openings(regex.substring(close + 1)); // a look-around consumes nothing: what follows it opens the match
		}
		int body = regex.startsWith("(?:") ? 3 : regex.startsWith("(?<") ? regex.indexOf('>') + 1 : regex.startsWith("(?") ? -1 : 1;
		if (body <= 0 || body > close || close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
			return null; // an atomic group or the like; or the group may match nothing
		}
		return openings(regex.substring(body, close));
	}

	/** @return true when the expression may hold inline flags ({@code (?i)}, {@code (?u:…)}): an opening {@code (?} and a letter */
	private static boolean hasInlineFlags(String regex) {
		for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
			if (i + 2 < regex.length() && Character.isLetter(regex.charAt(i + 2))) {
				return true;
			}
		}
		return false;
	}

	/** @return the index of the parenthesis that closes the group opening the expression, or -1 */
	private static int closingParenthesis(String regex) {
		int depth = 0;
		for (int i = structural(regex, 0); i < regex.length(); i = structural(regex, i + 1)) {
			char c = regex.charAt(i);
			if (c == '(') {
				depth++;
			} else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @return the first index from {@code i} on that is neither escaped nor inside a character class
	 *         (where parentheses and bars are plain characters), or the expression's length
	 */
	private static int structural(String regex, int i) {
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i += 2;
			} else if (c == '[') {
				i++;
				if (i < regex.length() && regex.charAt(i) == ']') {
					i++; // a ']' right after '[' is a literal
				}
				while (i < regex.length() && regex.charAt(i) != ']') {
					i += regex.charAt(i) == '\\' ? 2 : 1;
				}
				i++;
			} else {
				return i;
			}
		}
		return regex.length();
	}

	/** @return true when one of the openings starts at {@code at}, or when none are given (nothing known) */
	static boolean startsWithAny(String line, int at, String[] openings) {
		if (openings == null) {
			return true;
		}
		for (String o : openings) {
			if (opensWith(line, at, o)) {
				return true;
			}
		}
		return false;
	}

	/** @return true when the line holds the opening at {@code at}, a space in it standing for any run of spaces (or none) */
	static boolean opensWith(String line, int at, String opening) {
		int i = at;
		for (int k = 0; k < opening.length(); k++) {
			char c = opening.charAt(k);
			if (c == ' ') {
				while (i < line.length() && isRegexSpace(line.charAt(i))) {
					i++;
				}
			} else if (i < line.length() && line.charAt(i) == c) {
				i++;
			} else {
				return false;
			}
		}
		return true;
	}

	/** @return the index after the quantifier (and its reluctant or possessive mark) that may stand at {@code i} */
	private static int afterQuantifier(String regex, int i) {
		if (i < regex.length() && "?*+".indexOf(regex.charAt(i)) >= 0) {
			i++;
		} else if (i < regex.length() && regex.charAt(i) == '{' && regex.indexOf('}', i) > 0) {
			i = regex.indexOf('}', i) + 1;
		} else {
			return i;
		}
		return i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+') ? i + 1 : i;
	}

	private static boolean isRegexSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}

	static String[] toArray(List<String> texts) {
		return texts == null ? null : texts.toArray(new String[0]);
	}

	private static BitSet bits(int[] ranges) {
		BitSet set = new BitSet();
		for (int i = 0; i < ranges.length; i += 2) {
			set.set(ranges[i], ranges[i + 1] + 1);
		}
		return set;
	}

	/** @return the expression split at its top-level bars (none inside groups or classes) */
	static List<String> topLevelAlternatives(String regex) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = structural(regex, 0); i < regex.length(); i = structural(regex, i + 1)) {
			char c = regex.charAt(i);
			if (c == '(') {
				if (regex.startsWith("(?", i) && i + 2 < regex.length() && Character.isLetter(regex.charAt(i + 2))) {
					return List.of(regex); // inline flags reach to the end of the group: keep the entry whole
				}
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == '|' && depth == 0) {
				out.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		out.add(regex.substring(start));
		return out;
	}

	/**
	 * The characters a match of a regular expression can begin with, as sorted inclusive ranges. Reads
	 * literals, escapes, classes, groups, look-arounds and quantifiers; anything else may begin with any
	 * character.
	 */
	static final class First {
		static final int[] ANY = { 0, Character.MAX_VALUE };
		private final String regex;
		private int pos;
		private final Result result;

		First(String regex) {
			this.regex = regex;
			Result r = alternation();
			// flags are not read: after one, even a later alternative may begin with anything
			result = pos < regex.length() || hasInlineFlags(regex) ? new Result(List.of(ANY), true, null) : r;
		}

		/** @return the characters a non-empty match can begin with; any character when the match may be empty */
		int[] ranges() {
			if (result.nullable || result.chars.stream().anyMatch(range -> range == ANY)) {
				return ANY;
			}
			return normalize(result.chars);
		}

		/** @return characters of which every match holds one at least, or null when that is not known */
		int[] required() {
			return result.required == null ? null : normalize(result.required);
		}

		/**
		 * The characters a part can begin with, whether it can match nothing at all, and characters of
		 * which its every match holds one (null when not known).
		 */
		private record Result(List<int[]> chars, boolean nullable, List<int[]> required) {
			Result(List<int[]> chars, boolean nullable) {
				this(chars, nullable, nullable || chars.contains(ANY) ? null : chars);
			}
		}

		private Result alternation() {
			List<int[]> chars = new ArrayList<>();
			List<int[]> required = new ArrayList<>();
			boolean nullable = false;
			while (true) {
				Result s = sequence();
				chars.addAll(s.chars);
				nullable |= s.nullable;
				// each alternative must bring one of its own required characters
				required = required == null || s.required == null ? null : concat(required, s.required);
				if (pos < regex.length() && regex.charAt(pos) == '|') {
					pos++;
				} else {
					return new Result(chars, nullable, required);
				}
			}
		}

		private Result sequence() {
			List<int[]> chars = new ArrayList<>();
			List<int[]> required = null;
			boolean open = true; // every item so far can match nothing: the next one's first characters count too
			while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
				Result item = quantified(item());
				if (open) {
					chars.addAll(item.chars);
					open = item.nullable;
				}
				// every item that must match requires its characters: the fewest make the best test
				if (item.required != null && (required == null || size(item.required) < size(required))) {
					required = item.required;
				}
			}
			return new Result(chars, open, required);
		}

		private static List<int[]> concat(List<int[]> a, List<int[]> b) {
			List<int[]> out = new ArrayList<>(a);
			out.addAll(b);
			return out;
		}

		private static long size(List<int[]> ranges) {
			long n = 0;
			for (int[] r : ranges) {
				n += r[1] - r[0] + 1;
			}
			return n;
		}

		private Result quantified(Result item) {
			if (pos >= regex.length()) {
				return item;
			}
			char q = regex.charAt(pos);
			boolean nullable = item.nullable;
			if (q == '?' || q == '*' || q == '+') {
				pos++;
				nullable |= q != '+';
			} else if (q == '{') {
				int close = regex.indexOf('}', pos);
				if (close < 0) {
					return new Result(List.of(ANY), true);
				}
				nullable |= regex.charAt(pos + 1) == '0' && !Character.isDigit(regex.charAt(pos + 2));
				pos = close + 1;
			} else {
				return item;
			}
			if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
				pos++; // reluctant or possessive
			}
			return new Result(item.chars, nullable, nullable ? null : item.required);
		}

		private Result item() {
			char c = regex.charAt(pos++);
			switch (c) {
				case '(':
					return group();
				case '[':
					return new Result(charClass(), false);
				case '.':
					return new Result(List.of(ANY), false);
				case '^', '$':
					return new Result(List.of(), true);
				case '\\':
					return escape();
				default:
					return new Result(List.of(new int[] { c, c }), false);
			}
		}

		private Result group() {
			boolean zeroWidth = false;
			if (regex.startsWith("?:", pos)) {
				pos += 2;
			} else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
				pos += 2;
				zeroWidth = true;
			} else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
				pos += 3;
				zeroWidth = true;
			} else if (regex.startsWith("?<", pos)) {
				pos = regex.indexOf('>', pos) + 1; // a named group
			} else if (regex.startsWith("?", pos)) {
				pos = regex.length(); // flags, atomic groups: not read here
				return new Result(List.of(ANY), true);
			}
			Result inner = alternation();
			if (pos >= regex.length() || regex.charAt(pos) != ')') {
				pos = regex.length();
				return new Result(List.of(ANY), true);
			}
			pos++;
			// a look-around consumes nothing: what follows it begins the match
			return zeroWidth ? new Result(List.of(), true, null) : inner;
		}

		private Result escape() {
			if (pos >= regex.length()) {
				return new Result(List.of(ANY), false);
			}
			char e = regex.charAt(pos++);
			return switch (e) {
				case 'b', 'B', 'A', 'z', 'Z', 'G' -> new Result(List.of(), true);
				default -> new Result(escapedChars(e), false);
			};
		}

		/** @return the characters an escape stands for, inside or outside a class */
		private static List<int[]> escapedChars(char e) {
			return switch (e) {
				case 's' -> List.of(new int[] { '\t', '\r' }, new int[] { ' ', ' ' });
				case 'd' -> List.of(new int[] { '0', '9' });
				case 'w' -> List.of(new int[] { '0', '9' }, new int[] { 'A', 'Z' }, new int[] { '_', '_' }, new int[] { 'a', 'z' });
				case 'n' -> List.of(new int[] { '\n', '\n' });
				case 't' -> List.of(new int[] { '\t', '\t' });
				case 'r' -> List.of(new int[] { '\r', '\r' });
				case 'f' -> List.of(new int[] { '\f', '\f' });
				default -> Character.isLetterOrDigit(e) ? List.of(ANY) : List.of(new int[] { e, e });
			};
		}

		/** A class of characters: single characters, ranges and escapes; negated or nested classes may be anything. */
		private List<int[]> charClass() {
			List<int[]> chars = new ArrayList<>();
			boolean first = true;
			while (pos < regex.length()) {
				char c = regex.charAt(pos++);
				if (c == ']' && !first) {
					return chars;
				}
				if (first && c == '^' || c == '[' || c == '&') {
					skipClass();
					return List.of(ANY);
				}
				first = false;
				if (c == '\\') {
					char e = regex.charAt(pos++);
					List<int[]> escaped = escapedChars(e);
					if (escaped.size() != 1 || escaped.get(0)[0] != escaped.get(0)[1]) {
						chars.addAll(escaped);
						continue;
					}
					c = (char) escaped.get(0)[0];
				}
				if (pos + 1 < regex.length() && regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
					char to = regex.charAt(pos + 1);
					if (to == '\\' || to == '[') {
						skipClass();
						return List.of(ANY);
					}
					pos += 2;
					chars.add(new int[] { c, to });
				} else {
					chars.add(new int[] { c, c });
				}
			}
			return List.of(ANY);
		}

		/** Moves past the end of the class being read (nested classes included). */
		private void skipClass() {
			int depth = 1;
			while (pos < regex.length() && depth > 0) {
				char c = regex.charAt(pos++);
				if (c == '\\') {
					pos++;
				} else if (c == '[') {
					depth++;
				} else if (c == ']') {
					depth--;
				}
			}
		}

		/** @return the ranges sorted and merged, as a flat array of inclusive bounds */
		private static int[] normalize(List<int[]> ranges) {
			List<int[]> sorted = new ArrayList<>(ranges);
			sorted.sort((a, b) -> a[0] - b[0]);
			List<int[]> merged = new ArrayList<>();
			for (int[] r : sorted) {
				int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && r[0] <= last[1] + 1) {
					last[1] = Math.max(last[1], r[1]);
				} else {
					merged.add(new int[] { r[0], r[1] });
				}
			}
			int[] out = new int[merged.size() * 2];
			for (int i = 0; i < merged.size(); i++) {
				out[2 * i] = merged.get(i)[0];
				out[2 * i + 1] = merged.get(i)[1];
			}
			return out;
		}
	}
}
