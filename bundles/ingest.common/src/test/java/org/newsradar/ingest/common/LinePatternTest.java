package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
	void answersAsTheWholeAlternationWhenThreadsMeetItsIntervalsFirst() throws Exception {
		List<String> lines = new ArrayList<>();
		for (String entry : Lexicon.entries("boilerplate.txt")) {
			lines.add(entry.replaceAll("[^가-힣a-z ]", ""));
		}
		lines.addAll(List.of("", "검색", "전체 메뉴", "정치", "로그인", "기사 공유", "weather", "12"));
		for (int round = 0; round < 20; round++) {
			LinePattern fresh = LinePattern.of("boilerplate.txt", "section-names.txt");
			Pattern whole = Pattern.compile(fresh.pattern());
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int t = 0; t < 4; t++) {
					int offset = t * 7 + round;
					done.add(pool.submit(() -> {
						for (int i = 0; i < lines.size(); i++) {
							String line = lines.get((i + offset) % lines.size());
							assertEquals(whole.matcher(line).matches(), fresh.matches(line), line);
							assertTrue(fresh.mayMatch(line, 0, line.length()) || !fresh.matches(line), line);
						}
					}));
				}
				for (Future<?> f : done) {
					f.get();
				}
			} finally {
				pool.shutdown();
			}
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
	void answersAsTheWholeAlternationOnLinesThatOpenLikeAnEntry() {
		List<String> entries = List.of("기사\\s*(저장|제보)|기상청\\s*제공", "(좋아요|슬퍼요)(\\s*\\d+)?", "(이\\s*)?기사는\\s*꼭!?",
			"\\[?광고\\]?.{0,10}", "a+b|ab?c|a\\.d", ".{0,20}(무단\\s*(전재|복제)|재\\s*배포).{0,20}", "x(?i)y|AB", "(?:q|r)+s", "\\s{0,2}ab", "all\\s+rights.{0,5}");
		LinePattern lines = new LinePattern(entries);
		Pattern whole = Pattern.compile(lines.pattern());
		for (String line : List.of("기사 저장", "기사저장", "기사 듣기", "기상청 제공", "기상청", "기자", "좋아요 3", "좋아", "이 기사는 꼭!", "기사는 꼭",
			"[광고] 새 상품", "광고", "광", "aab", "ac", "abc", "a.d", "ad", "기사 무단 전재 금지", "재배포 금지", "재 배", "전재", "xy", "xY", "ab", "AB",
			"qrs", "s", "rq", " ab", "\tab", "ab", "기상청제공", "기상청  제공", "기상청 제 공", "all  rights", "allrights")) {
			assertEquals(whole.matcher(line).matches(), lines.matches(line), line);
		}
	}

	@Test
	void readsTheLiteralTextEveryMatchOpensWith() {
		// a space in an opening stands for any run of spaces
		assertEquals(List.of("기사 저장"), LinePattern.openings("기사\\s*저장"));
		assertEquals(List.of("all rights"), LinePattern.openings("all\\s+rights"));
		assertEquals(List.of("기사", "기상청 제공"), LinePattern.openings("기사\\s*(저장|제보)|기상청\\s*제공"));
		assertEquals(List.of(" ab"), LinePattern.openings("\\s{0,2}ab"));
		assertEquals(List.of("a"), LinePattern.openings("a\\s?b?c"));
		assertEquals(List.of("좋아요", "슬퍼요"), LinePattern.openings("(좋아요|슬퍼요)(\\s*\\d+)?"));
		assertEquals(List.of("무단", "재 배포"), LinePattern.openings("(무단\\s*(전재|복제)|재\\s*배포).{0,20}"));
		// a character that may be left out or repeated ends the run before it; a + ends it after
		assertEquals(List.of("a", "a", "a.d"), LinePattern.openings("a+b|ab?c|a\\.d"));
		assertEquals(List.of("q", "r"), LinePattern.openings("(?:q|r)+s"));
		// what may match nothing, or begin with a class, a dot, a group that may be left out, or under a flag: not known
		assertEquals(null, LinePattern.openings("(이\\s*)?기사"));
		assertEquals(null, LinePattern.openings("\\[?광고"));
		assertEquals(null, LinePattern.openings("ab|[cd]e"));
		assertEquals(null, LinePattern.openings("(a|)b"));
		assertEquals(null, LinePattern.openings("x(?i)y|AB"));
		assertEquals(List.of("비"), LinePattern.openings("(?<![가-힣])비"));
		assertEquals(null, LinePattern.openings(""));
		assertEquals(null, LinePattern.openings("\\s*(a|b)"));
		// a look-around consumes nothing; a named group is a group
		assertEquals(List.of("승인", "입력 일"), LinePattern.openings("(?<![\\p{L}])(?:승인|입력\\s*일(시)?)\\s*:"));
		assertEquals(List.of("19", "20"), LinePattern.openings("(?<![\\d.])(?<y>(?:19|20)\\d\\d)"));
		assertEquals(List.of("ab"), LinePattern.openings("(?=a)ab"));
		assertEquals(null, LinePattern.openings("(?>ab)c"));
		assertEquals(null, LinePattern.openings("(?<y>\\d{1,2})"));
	}

	@Test
	void anOpeningsSpaceStandsForAnyRunOfSpaces() {
		assertEquals(true, LinePattern.opensWith("기사 저장", 0, "기사 저장"));
		assertEquals(true, LinePattern.opensWith("기사저장", 0, "기사 저장"));
		assertEquals(true, LinePattern.opensWith("x기사 \t 저장하기", 1, "기사 저장"));
		assertEquals(true, LinePattern.opensWith("  ab", 0, " ab"));
		assertEquals(false, LinePattern.opensWith("기사 제보", 0, "기사 저장"));
		assertEquals(false, LinePattern.opensWith("기사 저", 0, "기사 저장"));
	}

	@Test
	void splitsAtTopLevelBarsOnly() {
		assertEquals(List.of("a", "(b|c)", "[|]"), LinePattern.topLevelAlternatives("a|(b|c)|[|]"));
		assertEquals(List.of("(?i)a|b"), LinePattern.topLevelAlternatives("(?i)a|b"));
	}
}
