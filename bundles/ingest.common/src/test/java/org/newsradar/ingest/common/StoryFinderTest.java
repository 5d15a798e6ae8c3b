package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The tags and bylines cut without a matcher where a pattern cannot match are cut as the patterns cut them. */
class StoryFinderTest {
	private static final Pattern LEAD_TAG = Pattern.compile("^(?:(?:\\[[^\\]]{2,30}\\]|【[^】]{2,30}】|\\([^)]{1,30}=[^)]{1,30}\\))\\s*)?"
		+ "(?:[^\\s=|\\[\\]]{1,20}(?:\\s+[^\\s=|\\[\\]]{1,20}){0,2}\\s*(?:기자|특파원)\\s*[=|｜]\\s*)?");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
	private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*[/|｜·]\\s*");
	private static final Pattern BRACKETS = Pattern.compile("[<>()\\[\\]]");
	private static final Pattern CREDIT_PREFIX = Pattern.compile("^(정리|글|사진)\\s*=\\s*");

	@Test
	void cutsLeadTagsAsThePatternDoes() {
		for (String p : List.of("", "서울=뉴스 김민수 기자 = 시는 9일 발표했다.", "[세종=한빛타임즈] 정부가 9일 발표했다.", "【도쿄=특파원】 일본 정부가", "(서울=연합뉴스) 정부가",
			"김민수 기자 | 시는 9일", "김민수 기자가 쓴 기사다.", "정부가 9일 발표했다.", "(주)대양금속이 공장을 열었다.", "[단독]", "홍 특파원｜워싱턴",
			"기자", "(", "[a]")) {
			Matcher m = LEAD_TAG.matcher(p);
			String expected = m.lookingAt() && m.end() > 0 ? p.substring(m.end()) : p;
			assertEquals(expected, StoryFinder.withoutLeadTag(p), p);
		}
	}

	@Test
	void readsBylinesAsThePatternsDo() {
		DateFinder dates = new DateFinder();
		LineRules rules = new LineRules(dates);
		for (String line : List.of("이서준 기자", "이서준 기자 seojun@example.com", "(이서준 기자)", "[한빛타임즈] 이서준 기자", "정리=이서준 기자",
			"사진 = 김민수 기자 / 입력 2025.05.09", "글·사진 이서준 기자", "이서준 기자 | 2025-05-09", "편집부 <desk@example.co.kr>", "", "   ", "=",
			"By Jane Doe", "한빛타임즈 | 이서준 기자｜정치부")) {
			assertEquals(reference(line, rules, dates), StoryFinder.bylineName(line, rules, dates), line);
		}
	}

	/** bylineName as every pattern was applied to every line */
	private static String reference(String line, LineRules rules, DateFinder dates) {
		String text = BRACKETS.matcher(EMAIL.matcher(line).replaceAll("").strip()).replaceAll(" ").strip();
		for (String part : BYLINE_PARTS.split(text)) {
			if (rules.isByline(part) && dates.any(part) == null) {
				return CREDIT_PREFIX.matcher(part).replaceFirst("").strip();
			}
		}
		return text.isEmpty() ? null : text;
	}
}
