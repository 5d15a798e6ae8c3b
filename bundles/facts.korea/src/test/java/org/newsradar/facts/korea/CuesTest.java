package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {
	private static final Cues.AnyWord POWER = cues().anyWord("power");

	private static Cues cues() {
		try {
			return Cues.read(new ByteArrayInputStream("[power]\n풍력\nsolar\nfuel cell\n".getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** The words are looked for between two offsets, which bound an English word as the text's ends would. */
	@ParameterizedTest(name = "{0} [{1}, {2}) → {3}")
	@CsvSource(delimiter = '|', value = {
		"해상풍력 단지|0|7|true",
		"해상풍력 단지|0|3|false",
		"해상풍력 단지|3|7|false",
		"Solar farms|0|11|true",
		"xsolar farm|0|11|false",
		"xsolar farm|1|11|true",
		"solarx|0|6|false",
		"solarx|0|5|true",
		"fuel cells run|0|10|true",
		"fuel cells run|0|9|true",
		"fuel cells run|0|8|false",
		"a fuel cellar|0|13|false",
		"the SOLAR farm. a fuel cell|16|27|true",
		"the SOLAR farm. a fuel cell|0|15|true",
		"the SOLAR farm. a fuel cell|5|15|false",
	})
	void findsAWordBetweenTwoOffsets(String text, int from, int to, boolean found) {
		assertEquals(found, POWER.foundIn(text, Ascii.toLowerCase(text), from, to));
	}
}
