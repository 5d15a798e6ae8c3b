package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spaces of every kind become one plain space (or two for a wide gap), and nothing at the ends; squashing makes every run of spaces one. */
class WhitespaceTest {
	@Test
	void trimsAndCollapses() {
		assertEquals("a b", Whitespace.normalize("a b", false));
		assertEquals("a b", Whitespace.normalize(" \u00a0a \t b\u3000 ", false));
		assertEquals("a  b", Whitespace.normalize("a \u2003 b", true));
		assertEquals("ab", Whitespace.normalize("\ufeffa\u200bb\u2060", true));
		assertEquals("a  b", Whitespace.normalize("\u200b a \u200b b \u200b", true));
		assertEquals("", Whitespace.normalize(" \u200b ", true));
	}

	@Test
	void readsAPartOfALongerText() {
		String text = "menu\n  홈  정치 경제 \nend";
		assertEquals("홈  정치 경제", Whitespace.normalize(text, 5, text.length() - 4, true));
		assertEquals("홈 정치 경제", Whitespace.normalize(text, 5, text.length() - 4, false));
		assertEquals("", Whitespace.normalize(text, 4, 5, true));
	}

	@Test
	void everyCharacterIsAPlainCharacterASpaceOrNothing() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			boolean nothing = ch == '\u200b' || ch == '\u2060' || ch == '\ufeff';
			boolean space = !nothing && Whitespace.isSpace(ch);
			String between = nothing ? "" : space ? " " : String.valueOf(ch);
			assertEquals("가" + between + "나", Whitespace.normalize("가" + ch + "나", false), () -> Integer.toHexString(ch));
			assertEquals("가" + (space ? "  " : between + between) + "나", Whitespace.normalize("가" + ch + ch + "나", true), () -> Integer.toHexString(ch));
			String squashed = Character.isWhitespace(ch) ? "가 나" : "가" + ch + "나";
			assertEquals(squashed, StoryFinder.squash("가" + ch + "나"), () -> Integer.toHexString(ch));
			assertEquals(Character.isWhitespace(ch) ? "가 나" : "가 " + ch + " 나", StoryFinder.squash(" 가 " + ch + " 나 "), () -> Integer.toHexString(ch));
		}
	}
}
