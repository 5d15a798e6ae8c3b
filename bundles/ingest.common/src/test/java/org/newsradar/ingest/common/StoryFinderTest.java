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

	@Test
	void countsTheHeadingsLetterPairsTheTextHolds() {
		assertEquals(1.0, StoryFinder.letterPairsShared("창원 스마트공장", "창원시는 스마트공장 40곳을 돕는다."));
		// 창원 is held, 스마/마트/트공/공장 are not; pairs never span a space
		assertEquals(0.2, StoryFinder.letterPairsShared("창원 스마트공장", "창원시는 공 장 마 트를 돕는다."), 1e-9);
		assertEquals(0.6, StoryFinder.letterPairsShared("Data Hub", "data centres"), 1e-9); // da at ta of da at ta hu ub
		assertEquals(0.0, StoryFinder.letterPairsShared("■ ◆", "아무 글"));
	}

	@Test
	void subheadingsItsParagraphsGoOnFromMakeNoDigest() {
		String lead = "시내 데이터센터 건립 계획이 잇따르면서 전력망 확충이 지역 개발의 새로운 숙제로 떠올랐다는 분석이 나온다.";
		List<Block> feature = blocks("데이터센터, 전력망에 길을 묻다", lead,
			"◇ 신청은 몰리는데 변전소 여유는 바닥", "전력회사는 두 지역의 여유 용량이 이미 빠듯하다고 보고 있으며 새 설비를 짓는 데는 보통 5년 넘게 걸린다고 설명한다.",
			"◇ 서버 열 재활용으로 주민 설득 나선 업체들", "사업자들은 주민 수용성을 높이려고 서버에서 나오는 열을 인근 공공시설 난방에 쓰는 방안을 내놓고 있다.");
		assertEquals(1, new StoryFinder().stories(feature, PageHints.NONE).size());
		// the same layout, each heading retold by the paragraph under it: a digest of two stories
		List<Block> digest = blocks("지역 브리핑", "◇ 창원시, 중소기업 40곳 스마트공장 고도화 지원",
			"창원시는 올해 중소기업 40곳의 스마트공장 고도화를 지원한다고 밝혔으며 기업마다 최대 1억원을 받고 설비에 센서를 달아 불량 원인을 실시간으로 찾는다.",
			"◇ 두산 봉사단, 복지시설 30곳에 난방비 1억원 전달", "두산 봉사단은 지역 복지시설 30곳에 쓰일 난방비 1억원을 전달했다고 10일 밝혔으며 기금은 임직원이 1년 동안 급여 일부를 모아 마련했다.");
		assertEquals(List.of("창원시, 중소기업 40곳 스마트공장 고도화 지원", "두산 봉사단, 복지시설 30곳에 난방비 1억원 전달"),
			new StoryFinder().stories(digest, PageHints.NONE).stream().map(org.newsradar.api.model.Story::title).toList());
	}

	@Test
	void teasersUnderAListHeadingStayOutOfTheArticleBelowThem() {
		String teaser = "천안시가 원도심 상권을 살리려고 공영주차장 3곳을 더 만든다. 시는 올해 안에 부지를 사들일 계획이다.";
		List<Block> page = blocks("주요뉴스", "천안시, 원도심 공영주차장 3곳 추가", teaser, "당진 철강업체들, 복지관에 김장 비용 기탁", "입력 2025.11.20 14:10", "한예진 기자",
			"충남 당진의 철강업체 5곳이 김장철을 맞아 사회복지관에 김장 비용 5000만원을 기탁했다고 20일 밝혔다.",
			"기탁금은 홀몸 어르신과 한부모 가정 600가구에 보낼 김치를 담그는 데 쓰이며, 임직원 60여명은 김장 행사에도 직접 나선다.");
		List<org.newsradar.api.model.Story> stories = new StoryFinder().stories(page, PageHints.NONE);
		assertEquals(1, stories.size());
		assertEquals(false, stories.get(0).body().contains("공영주차장"), stories.get(0).body());
		assertEquals("2025-11-20", stories.get(0).date());
	}

	@Test
	void headlinesBehindBracketedTagsSplitADigest() {
		List<Block> page = blocks("지역 단신", "[순천] 순천시, 율촌산단 입주 기업 스마트공장 구축비 지원",
			"순천시는 율촌산단 입주 중소기업 15곳의 스마트공장 구축에 22억원을 지원한다고 2일 밝혔으며 기업당 최대 1억5000만원까지 받을 수 있고 신청은 이달 말까지 받는다.",
			"[광양] 광양제철소 봉사단, 경로당 50곳에 안마의자 기증", "광양제철소 봉사단은 광양시 경로당 50곳에 안마의자를 한 대씩 기증했으며 비용 1억원은 임직원 기부금으로 마련했다.");
		assertEquals(List.of("[순천] 순천시, 율촌산단 입주 기업 스마트공장 구축비 지원", "[광양] 광양제철소 봉사단, 경로당 50곳에 안마의자 기증"),
			new StoryFinder().stories(page, PageHints.NONE).stream().map(org.newsradar.api.model.Story::title).toList());
	}

	private static List<Block> blocks(String... lines) {
		List<Block> out = new java.util.ArrayList<>();
		for (String l : lines) {
			out.add(Block.line(l));
		}
		return out;
	}
}
