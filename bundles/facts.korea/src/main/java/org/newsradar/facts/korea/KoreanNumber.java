package org.newsradar.facts.korea;

import java.math.BigDecimal;

/**
 * Korean numerals written with digits and unit syllables, as newspapers write amounts and counts:
 * 2조, 1조2000억, 7697억500만, 3억6천만, 1천200억, 2,000, 1.2조, 1만2000, 1억 5천여만, 100여억 (about:
 * 여 before or between units).
 */
final class KoreanNumber {
	/** A regex for such a numeral; its text goes to {@link #parse}. */
	static final String NUMERAL = "\\d[\\d,]*(?:\\.\\d+)?(?:\\s?여?[조억만천백](?:여(?=[만억조]))?(?:\\s?\\d[\\d,]*(?:\\.\\d+)?)?)*";

	static final String UNITS = "조억만천백";
	/**
	 * Every character a numeral, a range of two (100억~200억, 3에서 5) and an "about" (여, 가량)
	 * may hold before the word it counts. No such word (원, 달러, 명, 개) begins with one of them.
	 */
	private static final String AMOUNT_CHARS = "0123456789,. \t\n\u000B\f\r조억만천백여가량~∼〜–-에서";
	/** The one-character marks of a range between two numerals; 에서 is the other one. */
	static final String RANGE_MARKS = "~∼〜–-";
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000L);
	private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000L);
	private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

	private KoreanNumber() {
	}

	/**
	 * @return the offset of the next digit at or after {@code from} that starts a numeral, or -1:
	 *         not one inside a number (a digit, comma or point before it) nor inside a numeral
	 *         (1만2000: a unit syllable before it). Number patterns are only tried there.
	 */
	static int nextStart(CharSequence text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9' && (i == 0 || startsAfter(text.charAt(i - 1)))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @return the first character from {@code from} on that no amount holds (see {@link #AMOUNT_CHARS}),
	 *         or 0 at the end: patterns for an amount of won, dollars or people are only tried
	 *         where it begins their word
	 */
	static char wordAfter(CharSequence text, int from) {
		int end = amountEnd(text, from);
		return end < text.length() ? text.charAt(end) : 0;
	}

	/** @return where the characters an amount may hold (see {@link #AMOUNT_CHARS}) end from {@code from} on */
	static int amountEnd(CharSequence text, int from) {
		int i = from;
		while (i < text.length() && AMOUNT_CHARS.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	/**
	 * @return whether {@code text} holds a range mark (~, a dash, 에서) between {@code from} and
	 *         {@code to}: an amount without one is no range (100억~200억원)
	 */
	static boolean holdsRange(CharSequence text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (RANGE_MARKS.indexOf(c) >= 0 || c == '에' && i + 1 < to && text.charAt(i + 1) == '서') {
				return true;
			}
		}
		return false;
	}

	private static boolean startsAfter(char before) {
		return !(before >= '0' && before <= '9') && before != ',' && before != '.' && UNITS.indexOf(before) < 0;
	}

	/** @return the value of a numeral matched by {@link #NUMERAL} */
	static BigDecimal parse(CharSequence numeral) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal block = BigDecimal.ZERO; // the part below the next 만/억/조
		BigDecimal pending = null; // digits not yet given a unit
		int i = 0;
		int n = numeral.length();
		while (i < n) {
			char c = numeral.charAt(i);
			if (Character.isDigit(c)) {
				int j = i;
				StringBuilder digits = new StringBuilder();
				while (j < n && (Character.isDigit(numeral.charAt(j)) || numeral.charAt(j) == ',' || numeral.charAt(j) == '.')) {
					if (numeral.charAt(j) != ',') {
						digits.append(numeral.charAt(j));
					}
					j++;
				}
				pending = new BigDecimal(digits.toString());
				i = j;
				continue;
			}
			BigDecimal small = smallUnit(c);
			BigDecimal big = bigUnit(c);
			if (small != null) {
				block = block.add((pending == null ? BigDecimal.ONE : pending).multiply(small));
				pending = null;
			} else if (big != null) {
				if (pending != null) {
					block = block.add(pending);
				}
				if (block.signum() == 0) {
					block = BigDecimal.ONE;
				}
				total = total.add(block.multiply(big));
				block = BigDecimal.ZERO;
				pending = null;
			}
			i++;
		}
		if (pending != null) {
			block = block.add(pending);
		}
		return total.add(block);
	}

	/** @return the value of the last 만/억/조 in a numeral, or {@code null} if it has none */
	static BigDecimal lastBigUnit(CharSequence numeral) {
		for (int i = numeral.length() - 1; i >= 0; i--) {
			BigDecimal big = bigUnit(numeral.charAt(i));
			if (big != null) {
				return big;
			}
		}
		return null;
	}

	private static BigDecimal smallUnit(char c) {
		return switch (c) {
			case '천' -> BigDecimal.valueOf(1000);
			case '백' -> BigDecimal.valueOf(100);
			default -> null;
		};
	}

	private static BigDecimal bigUnit(char c) {
		return switch (c) {
			case '만' -> TEN_THOUSAND;
			case '억' -> HUNDRED_MILLION;
			case '조' -> TRILLION;
			default -> null;
		};
	}
}
