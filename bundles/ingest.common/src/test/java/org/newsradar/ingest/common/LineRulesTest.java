package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsradar.ingest.common.LineRules.Role;

/** Lines that stand above headlines in text dumps, and the headlines that look a little like them. */
class LineRulesTest {
	private final LineRules rules = new LineRules(new DateFinder());

	private Role role(String line) {
		return rules.role(line, 0);
	}

	@Test
	void weatherBarsAreFurnitureInAnyLanguage() {
		assertEquals(Role.FURNITURE, role("오늘의 날씨 맑음 12℃"));
		assertEquals(Role.FURNITURE, role("오늘의 날씨 구름많음 9℃ 미세먼지 좋음"));
		assertEquals(Role.FURNITURE, role("서울 14℃  대전 16℃  광주 17℃"));
		assertEquals(Role.FURNITURE, role("Port Ellery 12°C Cloudy"));
		assertEquals(Role.FURNITURE, role("東京 晴れ 18℃"));
	}

	@Test
	void aHeadlineQuotingATemperatureIsNoWeatherBar() {
		assertEquals(Role.OTHER, role("서울 낮 35℃ 넘어…온열질환자 잇따라"));
		assertEquals(Role.OTHER, role("데이터센터 냉각수 온도 27℃로 낮춘다"));
	}

	@Test
	void marketTickersAreFurnitureButHeadlinesWithFiguresAreNot() {
		assertEquals(Role.FURNITURE, role("코스피 2,701.15 ▲8.42 코스닥 868.30 ▼2.10"));
		assertEquals(Role.FURNITURE, role("FTSE 100 8,102.4 +0.3% | Dow 38,904.0 -0.2%"));
		assertEquals(Role.OTHER, role("코스피 2,700 회복…외국인 1,200억원 순매수"));
	}

	@Test
	void menusSetWithSingleSpacesAreFurniture() {
		assertEquals(Role.FURNITURE, role("홈 정치 경제 사회 문화"));
		assertEquals(Role.FURNITURE, role("로그인 회원가입 구독신청"));
		assertEquals(Role.FURNITURE, role("전체기사 많이 본 기사 포토 영상"));
		assertEquals(Role.FURNITURE, role("Sign in Subscribe"));
		assertEquals(Role.OTHER, role("뉴스 읽어주는 로봇, 도서관에 등장"), "a section name opening a headline does not make a menu");
		assertEquals(Role.OTHER, role("지역 경제 살리는 전통시장 장보기"));
	}

	@Test
	void dateBarsAreDatelines() {
		assertEquals(Role.DATELINE, role("2025년 4월 8일 화요일"));
		assertEquals(Role.DATELINE, role("Tuesday, April 8, 2025"));
	}

	@Test
	void theCasedTableHoldsTheCharactersLowerCasingChanges() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			boolean changed = Character.isSurrogate((char) c) || Character.toLowerCase((char) c) != c;
			assertEquals(changed, LineRules.CASED.get(c), Integer.toHexString(c));
		}
	}

	@Test
	void lowerCasesAsStringDoes() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			String s = "가" + (char) c + "a";
			assertEquals(s.toLowerCase(Locale.ROOT), LineRules.lowerCase(s), () -> Integer.toHexString(s.charAt(1)));
		}
		for (String s : List.of("", "İstanbul", "ΟΔΟΣ", "Ⅻ ⓐⒷ", "Kelvin \u212a", "\ud801\udc00 Deseret", "데이터센터 AI 투자")) {
			assertEquals(s.toLowerCase(Locale.ROOT), LineRules.lowerCase(s), s);
		}
	}

	@Test
	void captionsAreToldAsThePatternTellsThem() {
		Pattern caption = Pattern.compile("(?i)(사진|자료|출처|그래픽)\\s*[=:／/]|제공\\s*[)\\]]?\\s*$|\\((사진|자료)|photo|ⓒ|©");
		for (String line : List.of("▲ 착공식 모습 (사진=대양금속)", "▲ 공장 내부. 사진 / 김민수 기자", "■ 출처: 통계청", "◆ 회사 제공)", "◆ 회사 제공 ]",
			"▶ PHOTO 뉴스", "▲ 행사장 전경 Photo by 김민수", "▲ ⓒ 한빛타임즈", "◆ 데이터센터 유치 확정, 일자리 580개 기대", "◆ 사진전 열려", "◆ 자료실 개편",
			"■ 제공받은 물품 전달", "▲ 그래픽 뉴스", "▲ phot", "▲ PhOtO", "▲ (자료)")) {
			assertEquals(caption.matcher(line).find() ? 0 : line.charAt(0), LineRules.marker(line), line);
		}
	}

	@Test
	void headingsSetInBracketsNumberedOrCircledAreDigestHeadings() {
		assertEquals('【', LineRules.marker("【광주은행, 복지관에 승합차 2대 기증】"));
		assertEquals('[', LineRules.marker("[ 여수 율촌산단에 데이터센터 유치 추진 ]"));
		assertEquals(LineRules.NUMBERED, LineRules.marker("1. 구미 전자부품업체 5곳 스마트공장 고도화"));
		assertEquals(LineRules.NUMBERED, LineRules.marker("12) 포항 철강업계 성금 3억원 모아"));
		assertEquals(LineRules.CIRCLED, LineRules.marker("② 대구시, AI 데이터센터 부지 공모"));
		// a tag before a headline, a sentence, a caption, a date and a decimal are no digest headings
		for (String line : List.of("[포토] 벚꽃길 야간 조명 점등", "[속보]", "1. 신청은 이달 말까지 받는다.", "[사진=청주시 제공]", "2025. 3. 4 10:12", "1.5배 늘어난 수출",
			"123. 세 자리 번호", "【서울】 시내 교통 통제 【종합】")) {
			assertEquals(0, LineRules.marker(line), line);
		}
	}

	@Test
	void aHeadingIsReadWithoutWhatOpensAndClosesIt() {
		assertEquals("광주은행, 승합차 기증", LineRules.headingText("【광주은행, 승합차 기증】"));
		assertEquals("여수 데이터센터 유치 추진", LineRules.headingText("[ 여수 데이터센터 유치 추진 ]"));
		assertEquals("구미 전자부품업체 고도화", LineRules.headingText("1. 구미 전자부품업체 고도화"));
		assertEquals("대구시 부지 공모 나서", LineRules.headingText("②대구시 부지 공모 나서"));
		assertEquals("창원 스마트공장 지원", LineRules.headingText("■ 창원 스마트공장 지원"));
	}

	@Test
	void aMarkedListHeadingIsAListHeading() {
		LineRules rules = new LineRules(new DateFinder());
		for (String line : List.of("▶ 관련기사", "■ 많이 본 뉴스", "◆오늘의 주요뉴스", "▶ Related stories")) {
			assertEquals(LineRules.Role.LIST_HEADING, rules.role(line, 0), line);
		}
		assertEquals(LineRules.Role.MARKED_HEADING, rules.role("▶ 관련 업계, 데이터센터 전력 확보 경쟁", 0));
	}

	@Test
	void aParagraphClosedByItsReportersTagIsProse() {
		LineRules rules = new LineRules(new DateFinder());
		assertEquals(LineRules.Role.PROSE, rules.role("운영과 배송 인력 200여명이 새로 필요할 것으로 예상된다. /김도윤 기자", 0));
		assertEquals(LineRules.Role.PROSE, rules.role("공단 이사장은 \"어려운 이웃과 함께 겨울을 나자는 뜻을 모았다\"고 말했다. /장석훈 기자 shjang@example.co.kr", 0));
		assertEquals(LineRules.Role.BYLINE, rules.role("/김도윤 기자", 0));
		assertEquals(LineRules.Role.BYLINE, rules.role("장석훈 기자 shjang@example.co.kr", 0));
	}

	@Test
	void licenceNoticesAndWireCreditsCloseTheArticle() {
		LineRules rules = new LineRules(new DateFinder());
		for (String line : List.of("이 누리집의 콘텐츠는 공공누리 제1유형에 따라 이용할 수 있습니다.", "공공누리 제4유형: 출처표시+상업적이용금지+변경금지",
			"Reporting by Min-ji Lee; Editing by Tom Harlan", "Additional reporting by Sara Kim in Busan", "Our Standards: The Newswire Trust Principles.")) {
			assertEquals(LineRules.Role.ARTICLE_END, rules.role(line, 0), line);
		}
	}

	@Test
	void aHeadlineBehindABracketedTagIsATaggedHeading() {
		for (String line : List.of("[순천] 순천시, 율촌산단 스마트공장 구축비 지원", "【단독】 여수 율촌에 데이터센터 유치 추진", "[지역 단신] 광양 경로당 50곳에 안마의자")) {
			assertTrue(LineRules.isTaggedHeading(line), line);
		}
		for (String line : List.of("[지역 단신]", "[순천] 시는 구축비를 지원한다.", "[아주 긴 꼬리표가 붙은 지역 소식 모음] 순천", "순천시 [순천] 지원",
			"[순천]순천", "(순천) 순천시, 율촌산단 지원")) {
			assertFalse(LineRules.isTaggedHeading(line), line);
		}
	}
}
