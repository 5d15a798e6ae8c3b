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
 * 1.2조 원, both ends of 100억~200억원; in English 3 trillion won, KRW 1.2 trillion, ₩2.5
 * trillion, W30 billion, a 1.5 trillion-won plan), and amounts in other currencies as written
 * (20억달러, $2 billion, 500 million euros).
 */
final class MoneyFinder {
	/** After 원, these make it another word (3원칙, 4원소, 제1원전). */
	private static final String NOT_WON_AFTER = "칙소색론리형자점년전";
	/** 원 after a numeral (about: 여, 가량); followed by 칙/소/리/전… it is another word (3원칙, 4원소, 제1원전). */
	private static final String WON_WORD = "\\s?(?:여\\s?|가량\\s?)?원(?![" + MoneyFinder.NOT_WON_AFTER + "])";
	/** A won amount, optionally the far end of a range before it (100억~200억원, 3에서 5억원). */
	private static final Pattern WON = Pattern.compile("(?:(" + KoreanNumber.NUMERAL + ")\\s?(?:["
		+ KoreanNumber.RANGE_MARKS + "]|에서)\\s?)?(" + KoreanNumber.NUMERAL + ")" + WON_WORD);
	/**
	 * {@link #WON} where no range mark stands before the 원, the numeral in group 1: the range
	 * part, tried first and failed at nearly every amount, costs as much as the rest.
	 */
	private static final Pattern WON_ALONE = Pattern.compile("(" + KoreanNumber.NUMERAL + ")" + WON_WORD);

	/** 3 trillion won, 1.5 trillion-won, 2-3 trillion won, 30,000 Korean won. */
	private static final Pattern WON_AFTER = Pattern.compile("(?:(" + EnglishNumber.NUMERAL + ")\\s?(?:-|–|to)\\s?)?("
		+ EnglishNumber.NUMERAL + ")[\\s-]?(?:(?:South\\s)?Korean\\s)?won(?![A-Za-z])");
	/**
	 * A currency sign or code just before a number: KRW 1.2 trillion, ₩2.5 trillion, W30 billion;
	 * $2 billion, US$ 300 million, €500 million.
	 */
	private static final Pattern SIGN = Pattern.compile(
		"(?<![A-Za-z])(?:(KRW|₩|￦)|(W)|USD|EUR|JPY|CNY|RMB|GBP|[A-Z]{0,2}\\$|€|¥|£)(\\s?)$");
	/** The most unit syllables a numeral without digits holds (천억, 천만). */
	private static final int MAX_UNIT_RUN = 3;
	/** How far before a number its sign may begin: "KRW " or "US$ ". */
	private static final int SIGN_REACH = 4;
	/** The last character of every sign {@link #SIGN} knows (most numbers have none of them before). */
	private static final String SIGN_ENDS = "W₩￦DRYBP$€¥£";
	private static final Pattern ENGLISH_NUMBER = Pattern.compile(EnglishNumber.NUMERAL);
	private static final Pattern KOREAN_NUMBER = Pattern.compile(KoreanNumber.NUMERAL);

	/** A currency word followed by a particle or 다/였/어치…; 엔비디아 or 엔진 is not yen. */
	private final Pattern otherCurrency;
	/** The first character of each currency word of {@link #otherCurrency}. */
	private final String otherCurrencyStarts;
	/** 2 billion dollars, 500 million euros. */
	private final Pattern otherCurrencyAfter;
	/** A story naming none of these (lower case) states no amount in other currencies in English. */
	private final List<String> currencyWords;

	/** What a text states in money. */
	record Money(List<Long> won, List<String> other) {
	}

	MoneyFinder(Cues cues) {
		this.otherCurrency = Pattern.compile(KoreanNumber.NUMERAL + "\\s?(?:여\\s?)?"
			+ cues.alternation("foreign-currency") + "(?![가-힣&&[^을를이가의에은는와과씩대도만로화및다였인선어짜규]])");
		this.otherCurrencyStarts = cues.firstChars("foreign-currency");
		this.otherCurrencyAfter = Pattern.compile(EnglishNumber.NUMERAL + "\\s"
			+ cues.alternation("en-foreign-currency") + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
		this.currencyWords = cues.words("en-foreign-currency").stream().map(Ascii::toLowerCase).toList();
	}

	/** @param lower {@code text} folded by {@link Ascii#toLowerCase(String)} */
	Money find(String text, String lower) {
		Set<Long> won = new LinkedHashSet<>();
		Set<String> other = new LinkedHashSet<>();
		Matchers at = new Matchers(text, lower);
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			int numeralEnd = KoreanNumber.amountEnd(text, i);
			char currency = numeralEnd < text.length() ? text.charAt(numeralEnd) : 0;
			boolean range = currency == '원' && KoreanNumber.holdsRange(text, i, numeralEnd);
			// every English amount has its first letter where the numeral run ends (3 trillion won, 2-3 billion dollars)
			boolean english = Ascii.isLetter(currency);
			Matcher m;
			if (currency == '원' && (m = at.won(i, range)).lookingAt()) {
				if (range && m.group(1) != null) {
					addWon(won, rangeStart(m.group(1), m.group(2)));
				}
				addWon(won, KoreanNumber.parse(m.group(range ? 2 : 1)));
				i = m.end() - 1;
			} else if (otherCurrencyStarts.indexOf(currency) >= 0 && (m = at.otherCurrency(i)).lookingAt()) {
				other.add(m.group().strip());
				i = m.end() - 1;
			} else if (english && at.namesWon() && (m = at.wonAfter(i)).lookingAt()
				&& !EnglishNumber.looksLikeYear(m.group(2))) {
				if (m.group(1) != null) {
					addWon(won, englishRangeStart(m.group(1), m.group(2)));
				}
				addWon(won, EnglishNumber.parse(m.group(2)));
				i = m.end() - 1;
			} else if (english && at.namesOtherCurrency() && (m = at.otherCurrencyAfter(i)).lookingAt()) {
				other.add(m.group());
				i = m.end() - 1;
			} else {
				int end = signed(text, i, won, other);
				if (end > i) {
					i = end - 1;
				}
			}
		}
		addUnitOnlyAmounts(text, won);
		return new Money(List.copyOf(won), new ArrayList<>(other));
	}

	/**
	 * 천억 원, 백만 원, 만 원: a numeral of unit syllables alone, standing as a word of its own
	 * (not 수만 원 or 몇천만 원, nor the 천만 of 1억 천만 원, which the numeral before holds). 만원
	 * without a space may be a full house (만원 버스), so a lone 만 needs it.
	 */
	private static void addUnitOnlyAmounts(String text, Set<Long> won) {
		for (int i = text.indexOf('원'); i > 0; i = text.indexOf('원', i + 1)) {
			boolean spaced = text.charAt(i - 1) == ' ';
			int end = spaced ? i - 1 : i;
			if (end == 0 || KoreanNumber.UNITS.indexOf(text.charAt(end - 1)) < 0
				|| i + 1 < text.length() && NOT_WON_AFTER.indexOf(text.charAt(i + 1)) >= 0) {
				continue; // most 원 end other words (지원, 위원)
			}
			int start = end;
			while (start > 0 && end - start < MAX_UNIT_RUN && KoreanNumber.UNITS.indexOf(text.charAt(start - 1)) >= 0) {
				start--;
			}
			boolean loneMan = end - start == 1 && text.charAt(start) == '만' && !spaced;
			if (start < end && !loneMan && standsAlone(text, start)) {
				addWon(won, KoreanNumber.parse(text.subSequence(start, end)));
			}
		}
	}

	/** @return whether nothing of a word or a number stands right before {@code start} (a space may, after neither) */
	private static boolean standsAlone(String text, int start) {
		if (start == 0) {
			return true;
		}
		char before = text.charAt(start - 1);
		if (before == ' ' && start > 1) {
			before = text.charAt(start - 2);
			return !Character.isDigit(before) && KoreanNumber.UNITS.indexOf(before) < 0;
		}
		return !RegionFinder.isHangul(before) && !Character.isDigit(before) && before != ',' && before != '.';
	}

	/**
	 * The amount patterns over one text, each made the first time a number calls for it, and
	 * whether the text names won or another currency in English, looked up the first time it is
	 * asked: most numbers are dates and counts, and most stories call for none of them.
	 */
	private final class Matchers {
		private final String text;
		private final String lower;
		private Matcher won;
		private Matcher wonAlone;
		private Matcher otherCurrency;
		private Matcher wonAfter;
		private Matcher otherCurrencyAfter;
		private Boolean namesWon;
		private Boolean namesOtherCurrency;

		Matchers(String text, String lower) {
			this.text = text;
			this.lower = lower;
		}

		/** @param range whether a range mark stands before the 원 */
		Matcher won(int from, boolean range) {
			if (range) {
				won = won == null ? WON.matcher(text) : won;
				return won.region(from, text.length());
			}
			wonAlone = wonAlone == null ? WON_ALONE.matcher(text) : wonAlone;
			return wonAlone.region(from, text.length());
		}

		Matcher otherCurrency(int from) {
			otherCurrency = otherCurrency == null ? MoneyFinder.this.otherCurrency.matcher(text) : otherCurrency;
			return otherCurrency.region(from, text.length());
		}

		Matcher wonAfter(int from) {
			wonAfter = wonAfter == null ? WON_AFTER.matcher(text) : wonAfter;
			return wonAfter.region(from, text.length());
		}

		Matcher otherCurrencyAfter(int from) {
			otherCurrencyAfter = otherCurrencyAfter == null ? MoneyFinder.this.otherCurrencyAfter.matcher(text)
				: otherCurrencyAfter;
			return otherCurrencyAfter.region(from, text.length());
		}

		boolean namesWon() {
			namesWon = namesWon == null ? lower.contains("won") : namesWon;
			return namesWon;
		}

		boolean namesOtherCurrency() {
			namesOtherCurrency = namesOtherCurrency == null ? Ascii.containsAny(lower, currencyWords) : namesOtherCurrency;
			return namesOtherCurrency;
		}
	}

	/**
	 * KRW 1.2 trillion, ₩2.5 trillion, W30 billion are won; $2.5 billion, US$ 300 million, €500
	 * million are kept as written. A bare W counts only touching a number that reads as money (a
	 * scale word or thousands separators), since W30 may be a model name.
	 *
	 * @return where the amount ends, or {@code digits} when no sign stands before it
	 */
	private static int signed(String text, int digits, Set<Long> won, Set<String> other) {
		int before = digits > 0 && text.charAt(digits - 1) == ' ' ? digits - 2 : digits - 1;
		if (before < 0 || SIGN_ENDS.indexOf(text.charAt(before)) < 0) {
			return digits;
		}
		Matcher sign = SIGN.matcher(text).region(Math.max(0, digits - SIGN_REACH), digits).useTransparentBounds(true);
		if (!sign.find()) {
			return digits;
		}
		Matcher english = ENGLISH_NUMBER.matcher(text).region(digits, text.length());
		english.lookingAt();
		if (sign.group(1) != null || sign.group(2) != null) {
			boolean readsAsMoney = EnglishNumber.scaleOf(english.group()) != null || english.group().indexOf(',') > 0;
			if (sign.group(1) != null || sign.group(3).isEmpty() && readsAsMoney) {
				addWon(won, EnglishNumber.parse(english.group()));
				return english.end();
			}
			return digits;
		}
		Matcher korean = KOREAN_NUMBER.matcher(text).region(digits, text.length()); // $20억
		korean.lookingAt();
		int end = Math.max(english.end(), korean.end());
		other.add(text.substring(sign.start(), end));
		return end;
	}

	/** 2-3 trillion won: the near end takes the scale of the far end when it has none of its own. */
	private static BigDecimal englishRangeStart(String low, String high) {
		BigDecimal value = EnglishNumber.parse(low);
		BigDecimal scale = EnglishNumber.scaleOf(high);
		return EnglishNumber.scaleOf(low) == null && scale != null ? value.multiply(scale) : value;
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
