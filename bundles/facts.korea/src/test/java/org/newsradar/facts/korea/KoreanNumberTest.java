package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanNumberTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
		"2조|2000000000000",
		"3959억|395900000000",
		"1조2000억|1200000000000",
		"7697억500만|769705000000",
		"3억6천만|360000000",
		"1천200억|120000000000",
		"5백만|5000000",
		"'2,000억'|200000000000",
		"1.2조|1200000000000",
		"2조 5000억|2500000000000",
		"1만2000|12000",
		"1억 5천여만|150000000",
		"'1,800'|1800",
		"600|600",
	})
	void parsesDigitsWithUnitSyllables(String numeral, String value) {
		assertEquals(new BigDecimal(value), KoreanNumber.parse(numeral).stripTrailingZeros().setScale(0));
	}

	@ParameterizedTest(name = "{0} ends in {1}")
	@CsvSource(delimiter = '|', value = {"2조|1000000000000", "3억6천만|10000", "200억|100000000"})
	void findsTheLastLargeUnit(String numeral, String unit) {
		assertEquals(new BigDecimal(unit), KoreanNumber.lastBigUnit(numeral));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
		"2조 원|원",
		"100억~200억원|원",
		"1억 5천여만 달러|달러",
		"'1,200여 명을'|명",
		"3에서 5가량 개|개",
		"2026년|년",
	})
	void findsTheWordAnAmountCounts(String text, String word) {
		assertEquals(word.charAt(0), KoreanNumber.wordAfter(text, 0));
	}
}
