package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNumberTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
		"300|300",
		"1,800|1800",
		"1.2 trillion|1200000000000",
		"500 billion|500000000000",
		"30bn|30000000000",
		"1tr|1000000000000",
		"3.5 tril.|3500000000000",
		"800 million|800000000",
		"1.5-trillion|1500000000000",
		"12 thousand|12000",
	})
	void readsEachForm(String numeral, String value) {
		assertEquals(0, new BigDecimal(value).compareTo(EnglishNumber.parse(numeral)));
	}

	@Test
	void givesTheScaleOfANumber() {
		assertEquals(BigDecimal.TEN.pow(9), EnglishNumber.scaleOf("2 billion"));
	}

	@Test
	void givesNoScaleToAPlainNumber() {
		assertNull(EnglishNumber.scaleOf("2,000"));
	}
}
