package org.newsradar.facts.korea;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as English news writes amounts and counts: 300, 1,800, 1.2 trillion, 500 billion,
 * 30bn, W1tr, 3.5 tril.
 */
final class EnglishNumber {
	/** 300, 1,800, 2.5; a comma only between groups of three (so "300, the" stops at 300). */
	private static final String DIGITS = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
	private static final String SCALE = "trillion|billion|million|thousand|tril\\.?|bil\\.?|mil\\.?|tn|bn|mn|tr";
	/** A regex for such a number (no groups, so it can stand twice in a pattern); its text goes to {@link #parse}. */
	static final String NUMERAL = DIGITS + "(?:[\\s-]?(?:" + SCALE + ")(?![A-Za-z]))?";

	private static final Pattern PARTS = Pattern.compile("(" + DIGITS + ")[\\s-]?([a-z.]*)");
	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

	private EnglishNumber() {
	}

	/** @return the value of a number matched by {@link #NUMERAL} */
	static BigDecimal parse(CharSequence numeral) {
		Matcher m = parts(numeral);
		BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
		BigDecimal scale = scale(m.group(2));
		return scale == null ? value : value.multiply(scale);
	}

	/** @return the multiplier of a number's scale word (1.2 trillion → 10^12), or {@code null} if it has none */
	static BigDecimal scaleOf(CharSequence numeral) {
		return scale(parts(numeral).group(2));
	}

	/**
	 * @return whether a number is written like a year (2023, not 2,023 nor 2023 billion): English
	 *         puts years right before words that also follow counts ("in 2023 won the bid", "by
	 *         2030 jobs in AI will grow")
	 */
	static boolean looksLikeYear(CharSequence numeral) {
		return YEAR.matcher(numeral).matches();
	}

	private static Matcher parts(CharSequence numeral) {
		Matcher m = PARTS.matcher(numeral.toString().toLowerCase(Locale.ROOT));
		if (!m.matches()) {
			throw new IllegalArgumentException("not an English number: " + numeral);
		}
		return m;
	}

	private static BigDecimal scale(String w) {
		if (w.isEmpty()) {
			return null;
		}
		if (w.startsWith("tr") || w.equals("tn")) {
			return BigDecimal.TEN.pow(12);
		}
		if (w.startsWith("b")) {
			return BigDecimal.TEN.pow(9);
		}
		if (w.startsWith("m")) {
			return BigDecimal.TEN.pow(6);
		}
		if (w.equals("thousand")) {
			return BigDecimal.TEN.pow(3);
		}
		throw new IllegalArgumentException("unknown scale: " + w);
	}
}
