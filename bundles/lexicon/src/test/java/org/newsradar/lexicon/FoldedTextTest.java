package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The folded text leaves out exactly the characters Java calls white space or a space character. */
class FoldedTextTest {
	@Test
	void everyCharacterIsSpaceAsJavaSays() {
		for (int i = 0; i <= Character.MAX_VALUE; i++) {
			char c = (char) i;
			assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), FoldedText.isSpace(c),
				() -> "U+" + Integer.toHexString(c));
		}
	}
}
