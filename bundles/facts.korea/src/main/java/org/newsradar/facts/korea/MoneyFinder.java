package org.newsradar.facts.korea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every amount of money stated in a text: won amounts as integers (2조 원, 7697억500만원,
 * 1.2조 원, both ends of 100억~200억원), and amounts in other currencies as written (20억달러).
 */
final class MoneyFinder {
	/**
	 * A won amount, optionally the far end of a range before it. 원 followed by 칙/소/리/전… is
	 * another word (3원칙, 4원소, 제1원전).
	 */
	private static final Pattern WON = Pattern.compile("(?:(" + KoreanNumber.NUMERAL
		+ ")\\s?(?:~|∼|〜|–|-|에서)\\s?)?(" + KoreanNumber.NUMERAL + ")\\s?(?:여\\s?|가량\\s?)?원(?![칙소색론리형자점년전])");

	private static final Pattern DOLLARS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:billion|million|bn|억|만))?");

	/** A currency word followed by a particle or 다/였/어치…; 엔비디아 or 엔진 is not yen. */
	private final Pattern otherCurrency;

	/** What a text states in money. */
	record Money(List<Long> won, List<String> other) {
	}

	MoneyFinder(Cues cues) {
		this.otherCurrency = Pattern.compile(KoreanNumber.NUMERAL + "\\s?(?:여\\s?)?"
			+ cues.alternation("foreign-currency") + "(?![가-힣&&[^을를이가의에은는와과씩대도만로화및다였인선어짜규]])");
	}

	Money find(String text) {
		Set<Long> won = new LinkedHashSet<>();
		Set<String> other = new LinkedHashSet<>();
		Matcher m = WON.matcher(text);
		Matcher o = otherCurrency.matcher(text);
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			if (m.region(i, text.length()).lookingAt()) {
				if (m.group(1) != null) {
					addWon(won, rangeStart(m.group(1), m.group(2)));
				}
				addWon(won, KoreanNumber.parse(m.group(2)));
				i = m.end() - 1;
			} else if (o.region(i, text.length()).lookingAt()) {
				other.add(o.group().strip());
				i = o.end() - 1;
			} else {
				dollarSign(text, i, other);
			}
		}
		return new Money(List.copyOf(won), new ArrayList<>(other));
	}

	/** $2.5 billion, US$ 300 million: the sign comes before the number. */
	private static void dollarSign(String text, int digits, Set<String> other) {
		int sign = digits > 0 && text.charAt(digits - 1) == ' ' ? digits - 2 : digits - 1;
		if (sign < 0 || text.charAt(sign) != '$') {
			return;
		}
		Matcher d = DOLLARS.matcher(text).region(digits, text.length());
		if (d.lookingAt()) {
			int from = sign >= 2 && text.startsWith("US", sign - 2) ? sign - 2 : sign;
			other.add(text.substring(from, d.end()));
		}
	}

	/** 1~2조원: the near end takes the unit of the far end when it has none of its own. */
	private static BigDecimal rangeStart(String low, String high) {
		BigDecimal value = KoreanNumber.parse(low);
		BigDecimal unit = KoreanNumber.lastBigUnit(high);
		if (KoreanNumber.lastBigUnit(low) == null && unit != null) {
			value = value.multiply(unit);
		}
		return value;
	}

	/** Adds an amount, unless it is beyond what a long holds (no story states such a sum). */
	private static void addWon(Set<Long> won, BigDecimal value) {
		try {
			won.add(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
		} catch (ArithmeticException tooLarge) {
			// not an amount anyone reports; skip it rather than fail the story
		}
	}
}
