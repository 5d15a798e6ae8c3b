package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Trying each line only with the alternatives it can begin with answers as the whole alternation does. */
class LinePatternTest {
	private static final List<String> ENTRIES = List.of("검색|메뉴|전체\\s*메뉴", "(이\\s*)?기사\\s*추천", "[\\[<(]?\\s*(copyright|ⓒ).{0,20}",
		".{0,10}(무단\\s*전재|all\\s+rights).{0,10}", "(?<![가-힣])(비|눈)", "\\d{1,4}|[-+|x]{1,3}", "(?i)weather",
		"(맑음|흐림)?\\s*[가-힣]{0,6}\\s*-?\\d+(\\.\\d+)?\\s*(℃|°c?)");

	@Test
	void answersAsTheWholeAlternation() {
		LinePattern lines = new LinePattern(ENTRIES);
		Pattern whole = Pattern.compile(lines.pattern());
		for (String line : List.of("", "검색", "전체 메뉴", "전체메뉴 열기", "이 기사 추천", "기사추천", "[ copyright 2024 뉴스", "(ⓒ 뉴스",
			"뉴스 무단전재 금지", "저작권자 © 뉴스 무단 전재 및 재배포 금지", "all rights reserved", "비", "눈", "2024", "x", "+-", "weather",
			"세계 날씨", "정치", "맑음 12℃", "서울 -3°c", "서울 3도")) {
			assertEquals(whole.matcher(line).matches(), lines.matches(line), line);
		}
	}

	@Test
	void readsWhatAnAlternativeCanBeginWith() {
		assertArrayEquals(new int[] { '가', '가', '이', '이' }, new LinePattern.First("(이\\s*)?가").ranges());
		assertArrayEquals(new int[] { '\t', '\r', ' ', ' ', '(', '(', '<', '<', '[', '[', 'c', 'c' },
			new LinePattern.First("[\\[<(]?\\s*c").ranges());
		assertArrayEquals(new int[] { '눈', '눈', '비', '비' }, new LinePattern.First("(?<![가-힣])(비|눈)").ranges());
		// what cannot be read, or may match nothing, may begin with anything
		assertArrayEquals(new int[] { 0, Character.MAX_VALUE }, new LinePattern.First("[^a]b").ranges());
		assertArrayEquals(new int[] { 0, Character.MAX_VALUE }, new LinePattern.First("(ab)?").ranges());
	}

	@Test
	void readsWhichCharactersEveryMatchHolds() {
		// the fewest an item that must match brings: the degree signs, not the digits
		assertArrayEquals(new int[] { '°', '°', '℃', '℃' }, new LinePattern.First("[가-힣]{0,6}\\s*-?\\d+\\s*(℃|°c?)").required());
		assertArrayEquals(new int[] { '가', '가', '나', '나' }, new LinePattern.First("x?(가|나다)").required());
		assertEquals(null, new LinePattern.First("x?(가|나?)").required());
		assertEquals(null, new LinePattern.First("(?<=a).*").required());
	}

	@Test
	void splitsAtTopLevelBarsOnly() {
		assertEquals(List.of("a", "(b|c)", "[|]"), LinePattern.topLevelAlternatives("a|(b|c)|[|]"));
		assertEquals(List.of("(?i)a|b"), LinePattern.topLevelAlternatives("(?i)a|b"));
	}
}
