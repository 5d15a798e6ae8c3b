package org.newsradar.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsradar.api.model.Evidence;

/**
 * One lexicon entry: a phrase (or a {@code re:} regular expression) with its role and weight.
 *
 * <ul>
 * <li>{@link Kind#CUE}: evidence for the topic; a cue of weight 0 only marks its groups as
 * present (context for other cues) and never appears as evidence;</li>
 * <li>{@link Kind#NEGATIVE}: evidence against the topic, subtracted from the score;</li>
 * <li>{@link Kind#TRAP}: a phrase that contains or surrounds a cue without meaning the topic
 * (빅데이터센터 around 데이터센터, 시기부터 around 기부); cue matches inside it are discarded.</li>
 * </ul>
 *
 * A literal phrase matches with or without white space where the phrase has a space (and nowhere
 * else), whatever particle follows it; a regular expression is matched case-insensitively on the
 * original text as written.
 */
public final class Cue {
	public enum Kind {
		CUE, NEGATIVE, TRAP
	}

	private static final String REGEX_PREFIX = "re:";

	private final Kind kind;
	private final double weight;
	private final String phrase;
	private final Set<String> groups;
	private final Set<String> needs;
	private final String field;
	private final boolean anchor;
	private final String key;
	private final boolean[] breaks;
	private final Pattern pattern;
	private final String[] openings;
	private final String[][] needed;
	private final boolean anchoredAtStart;
	private final boolean absorbsDigits;

	/**
	 * @param field  {@code title} or {@code body} to match only there, {@code null} to match in both
	 * @param anchor whether a match shows, wherever it stands, that the story is about the topic
	 *               rather than mentioning it in passing (the story says outright what it is about)
	 */
	public Cue(Kind kind, double weight, String phrase, Set<String> groups, Set<String> needs, String field,
		boolean anchor) {
		if (phrase == null || phrase.isBlank()) {
			throw new IllegalArgumentException("a cue needs a phrase");
		}
		if (weight < 0 || Double.isNaN(weight)) {
			throw new IllegalArgumentException("weights are not negative (use a neg entry): " + phrase);
		}
		if (field != null && !field.equals(Evidence.TITLE) && !field.equals(Evidence.BODY)) {
			throw new IllegalArgumentException("in= must be title or body: " + field);
		}
		this.kind = kind;
		this.field = field;
		this.anchor = anchor;
		this.weight = weight;
		this.phrase = phrase.strip();
		this.groups = Set.copyOf(groups);
		this.needs = Set.copyOf(needs);
		if (this.phrase.startsWith(REGEX_PREFIX)) {
			this.key = null;
			this.breaks = null;
			String regex = this.phrase.substring(REGEX_PREFIX.length());
			// case folding only where there is case to fold: it keeps Hangul patterns on the fast path
			boolean caseInsensitive = hasLatinLetters(regex);
			this.pattern = Pattern.compile(regex, caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
			this.openings = Openings.of(regex);
			this.needed = Openings.needed(regex);
			this.anchoredAtStart = Openings.anchoredAtStart(regex);
			this.absorbsDigits = Openings.absorbsDigits(regex);
		} else {
			this.key = FoldedText.key(this.phrase);
			this.breaks = FoldedText.breaks(this.phrase);
			this.pattern = null;
			this.openings = null;
			this.needed = null;
			this.anchoredAtStart = false;
			this.absorbsDigits = false;
		}
	}

	/**
	 * @return whether the expression has literal Latin letters (escapes such as \\s and \\p{L} aside:
	 *         a backslash and the character after it, but a line terminator, or a property's name in
	 *         braces after {@code \\p} or {@code \\P})
	 */
	static boolean hasLatinLetters(String regex) {
		// a scan rather than removing the escapes with a pattern, compiled again for every cue
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\' && i + 1 < regex.length() && !isLineTerminator(regex.charAt(i + 1))) {
				i = regex.charAt(i + 1) == 'p' || regex.charAt(i + 1) == 'P' ? afterPropertyName(regex, i + 2) : i + 1;
			} else if (c < 128 && Character.isLetter(c)) {
				return true;
			}
		}
		return false;
	}

	/** @return the offset of the closing brace of a property's name (word characters in braces) opening at {@code at}, else {@code at - 1} */
	private static int afterPropertyName(String regex, int at) {
		if (at >= regex.length() || regex.charAt(at) != '{') {
			return at - 1;
		}
		int end = at + 1;
		while (end < regex.length() && isWordCharacter(regex.charAt(end))) {
			end++;
		}
		return end > at + 1 && end < regex.length() && regex.charAt(end) == '}' ? end : at - 1;
	}

	private static boolean isWordCharacter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	/** @return whether {@code .} passes the character over (without DOTALL or UNIX_LINES) */
	private static boolean isLineTerminator(char c) {
		return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	public Kind kind() {
		return kind;
	}

	public double weight() {
		return weight;
	}

	/** @return the phrase as written in the lexicon ({@code re:} prefix included for a pattern) */
	public String phrase() {
		return phrase;
	}

	/** @return the groups a match of this cue makes present */
	public Set<String> groups() {
		return groups;
	}

	/** @return groups of which at least one must be present for this cue to count; empty: none needed */
	public Set<String> needs() {
		return needs;
	}

	/** @return whether a match shows that the story is about the topic, wherever it stands */
	public boolean anchor() {
		return anchor;
	}

	/** @return whether this entry matches in the given field ({@code title} or {@code body}) */
	public boolean matchesIn(String field) {
		return this.field == null || this.field.equals(field);
	}

	/** @return true when this entry is the same phrase as {@code other}, spacing and Latin case aside */
	public boolean samePhrase(String other) {
		String o = other.strip();
		return pattern != null ? phrase.equals(o) : key.equals(FoldedText.key(o));
	}

	/** @return the folded phrase a literal cue is matched by, {@code null} for a pattern */
	String key() {
		return key;
	}

	/** @return where a literal cue may be spaced in the text (see {@link FoldedText#breaks}) */
	boolean[] breaks() {
		return breaks;
	}

	/** @return the regular expression of a {@code re:} cue, {@code null} for a literal one */
	Pattern pattern() {
		return pattern;
	}

	/** @return the folded texts one of which every match of the pattern starts with (see {@link Openings}), {@code null} when unknown */
	String[] openings() {
		return openings;
	}

	/** @return sets of folded texts one of each of which every match of the pattern holds (see {@link Openings#needed}) */
	String[][] needed() {
		return needed;
	}

	/** @return whether the pattern can match only where the text starts ({@code ^...}) */
	boolean anchoredAtStart() {
		return anchoredAtStart;
	}

	/** @return whether a failed try at a digit rules out the rest of its run (see {@link Openings#absorbsDigits}) */
	boolean absorbsDigits() {
		return absorbsDigits;
	}

	@Override
	public String toString() {
		return kind.name().toLowerCase(Locale.ROOT) + " " + weight + " " + phrase;
	}
}
