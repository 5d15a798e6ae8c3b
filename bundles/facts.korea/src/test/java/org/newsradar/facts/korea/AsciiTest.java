package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class AsciiTest {

	@Test
	void dropsTheWordsAnEarlierWordBegins() {
		assertEquals(List.of("hire", "hiring", "recruit", "취업", "take on"),
			Ascii.withoutExtensions(List.of("hire", "hires", "hiring", "hired", "recruit", "recruits", "취업", "취업에 성공",
				"take on")));
	}

	@Test
	void keepsALongerWordThatComesFirst() {
		assertEquals(List.of("hires", "hire"), Ascii.withoutExtensions(List.of("hires", "hire")));
	}

	@Test
	void foldsOnlyAsciiCapitals() {
		assertEquals("ulsan 울산 ai센터 café", Ascii.toLowerCase("Ulsan 울산 AI센터 Café"));
		String lower = "울산 ai센터 2조 원";
		assertSame(lower, Ascii.toLowerCase(lower));
	}
}
