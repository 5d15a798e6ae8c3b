package org.newsradar.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.Story;
import org.newsradar.ingest.common.Block;

/** The plain-text reader on pages composed for these tests, each wrapped in the noise real dumps carry. */
class TextPageReaderTest {
	private final TextPageReader reader = new TextPageReader();

	private List<Story> read(String fixture) throws IOException, IngestException {
		try (InputStream in = getClass().getResourceAsStream(fixture)) {
			return reader.read(new Page(fixture, null, "UTF-8", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

	private Story only(String fixture) throws IOException, IngestException {
		List<Story> stories = read(fixture);
		assertEquals(1, stories.size(), () -> "stories: " + stories.stream().map(Story::title).toList());
		return stories.get(0);
	}

	private static List<String> paragraphs(Story s) {
		return List.of(s.body().split("\n"));
	}

	private static List<String> lines(String text) {
		return TextPageReader.blocks(text).stream().map(Block::text).toList();
	}

	@Test
	void everyKindOfLineBreakEndsALine() {
		assertEquals(List.of("제목", "둘째  줄", "셋째"), lines("  제목 \n\n둘째   줄\n셋째"));
		assertEquals(List.of("a", "b", "c", "d", "e", "f"), lines("a\r\nb\u2028c\u0085d\u2029e\n\nf\n"));
		assertEquals(List.of(), lines("\n \r\n"));
	}

	@Test
	void acceptsPlainTextButNotHtml() {
		assertTrue(reader.accepts(new Page("a.txt", null, "UTF-8", "제목\n본문입니다.")));
		assertFalse(reader.accepts(new Page("a.html", "text/html", "UTF-8", "<html><body><p>본문</p></body></html>")));
		assertFalse(reader.accepts(new Page("a.rss", null, "UTF-8", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>")));
	}

	@Test
	void savedFeedsAreLeftToTheFeedReaderWhereverTheirRootStandsInTheFirst2KB() {
		assertFalse(reader.accepts(new Page("a.xml", null, "UTF-8", "\n  <!-- saved -->\n<!-- twice -->\n<RDF:RDF xmlns=\"x\"></RDF:RDF>")));
		assertFalse(reader.accepts(new Page("a.xml", null, "UTF-8", "<!--" + " ".repeat(1900) + "-->\n<feed>" + "x".repeat(3000))));
		// a root past the first 2 KB, or a feed quoted inside a text, does not count
		assertTrue(reader.accepts(new Page("a.txt", null, "UTF-8", "<!--" + " ".repeat(2100) + "-->\n<feed>")));
		assertTrue(reader.accepts(new Page("a.txt", null, "UTF-8", "예시: <rss version=\"2.0\"> 형식의 피드")));
	}

	@Test
	void titleIsTheFirstHeadlineBelowTheWeatherBar() throws Exception {
		assertEquals("충북 음성에 이차전지 소재 공장 준공…300명 신규 채용", only("weather-bar.txt").title());
	}

	@Test
	void menusWeatherAndTickerLinesAboveTheHeadlineAreNeverTheTitle() throws Exception {
		Story s = only("furniture-above-headline.txt");
		assertEquals("김포 물류단지에 냉장 자동화 창고 들어선다", s.title());
		assertEquals("2025-04-08", s.date());
		assertTrue(s.body().startsWith("김포시 고촌읍 물류단지에"), s.body());
		assertTrue(s.body().endsWith("거점이 될 것\"이라고 말했다."), s.body());
	}

	@Test
	void englishMenusWeatherAndTickerLinesAreNeverTheTitle() throws Exception {
		Story s = only("english-furniture-above-headline.txt");
		assertEquals("Cold storage warehouse breaks ground at the river port", s.title());
		assertEquals("2025-04-08", s.date());
		assertEquals("By Hana Ellison", s.byline());
	}

	@Test
	void dateBarAboveTheArticleGivesTheDate() throws Exception {
		assertEquals("2024-05-14", only("weather-bar.txt").date());
	}

	@Test
	void bodyKeepsEveryParagraphAndDropsTheBylinePrefix() throws Exception {
		List<String> p = paragraphs(only("weather-bar.txt"));
		assertEquals(5, p.size(), p::toString);
		assertEquals("이차전지 소재 기업 한결머티리얼즈가 충북 음성군 맹동면에 양극재 전구체 공장을 준공했다고 14일 밝혔다.", p.get(0));
		assertEquals("정민호 한결머티리얼즈 대표는 \"음성 공장을 국내 전구체 공급의 거점으로 키우겠다\"며 \"2026년까지 2단계 증설을 마치겠다\"고 말했다.",
			p.get(4));
	}

	@Test
	void weatherSubtitleCopyrightAndHeadlineListsStayOut() throws Exception {
		String body = only("weather-bar.txt").body();
		for (String noise : List.of("℃", "기상청", "2단계 증설\n", "저작권자", "sjyoon@", "많이 본 뉴스", "장마 앞두고 하천 정비 마무리",
			"도서관 무인 대출기 확대 설치")) {
			assertFalse(body.contains(noise), noise);
		}
	}

	@Test
	void bylineAndOutletComeFromTheCreditLines() throws Exception {
		Story s = only("weather-bar.txt");
		assertEquals("윤서진 기자", s.byline());
		assertEquals("중부경제신문", s.outlet());
	}

	@Test
	void shareToolbarAndSubtitlesStayOut() throws Exception {
		Story s = only("toolbar-repeated-body.txt");
		assertTrue(s.body().startsWith("인천항 배후단지에 자율주행 운반로봇을 대거 투입하는 스마트물류센터가 들어선다.\n"), s.body());
		for (String noise : List.of("기사 스크랩", "클린뷰", "프린트", "재고관리 도입\n", "sky@", "관련 뉴스", "컨테이너 운임")) {
			assertFalse(s.body().contains(noise), noise);
		}
		assertEquals("2023-03-08", s.date());
	}

	@Test
	void articlePrintedTwiceIsOneStoryWithTheFullerCopysExtras() throws Exception {
		String body = only("toolbar-repeated-body.txt").body();
		assertEquals(1, occurrences(body, "인천항만공사는 8일 아암물류2단지에서 스마트물류센터 착공식을 열었다고 밝혔다."));
		assertEquals(1, occurrences(body, "사업비는 모두 1450억원으로"));
		assertEquals(1, occurrences(body, "로봇은 충전 구역과 적재 구역을 스스로 오가며 24시간 가동된다."));
		assertEquals(1, occurrences(body, "센터 운영으로 일자리 120개가 새로 생길 것으로 공사는 예상했다."));
		assertEquals(1, occurrences(body, "인천항 배후단지에"), "the lead only the first copy has is kept");
	}

	@Test
	void digestSplitsAtDiamondHeadingsAndKeepsTheLeadStory() throws Exception {
		List<Story> stories = read("digest-with-reactions.txt");
		assertEquals(List.of("울산 수소 충전소 3곳 추가 개소", "경남 조선기자재 업체, 베트남 수출상담회서 120억원 계약",
			"부산은행, 소상공인 전기요금 지원 성금 5억원 기탁"), stories.stream().map(Story::title).toList());
		assertEquals("경남지역 조선기자재 업체 12곳이 베트남 하이퐁에서 열린 수출상담회에서 120억원 규모의 계약을 맺었다.",
			paragraphs(stories.get(1)).get(0));
		assertEquals(3, paragraphs(stories.get(2)).size());
	}

	@Test
	void digestStoriesInheritThePageDate() throws Exception {
		for (Story s : read("digest-with-reactions.txt")) {
			assertEquals("2024-11-05", s.date(), s.title());
		}
	}

	@Test
	void reactionWidgetAndBylineStayOutOfTheLastDigestStory() throws Exception {
		Story last = read("digest-with-reactions.txt").get(2);
		assertTrue(last.body().endsWith("지원을 이어가겠다\"고 말했다."), last.body());
		assertEquals("최유나 기자", last.byline());
	}

	@Test
	void digestStoriesWithTheirOwnDatelinesKeepThem() throws Exception {
		List<Story> stories = read("briefing-own-dates.txt");
		assertEquals(2, stories.size(), () -> stories.stream().map(Story::title).toList().toString());
		assertEquals("포항 철강 중소기업 40곳에 공정 자동화 설비 지원", stories.get(0).title());
		assertEquals("2024-12-02", stories.get(0).date());
		assertEquals("2024-12-04", stories.get(1).date());
		assertFalse(stories.get(1).body().contains("정리 ="), stories.get(1).body());
		assertFalse(stories.get(0).body().contains("[주간 브리핑]"));
	}

	@Test
	void aShortDigestStoryKeepsItsOwnTitleAndTheStoryAfterItToo() throws Exception {
		List<Story> stories = read("digest-short-middle-story.txt");
		assertEquals(List.of("[통영] 수산물 가공공장 냉동 설비 교체 완료", "거제 조선소 견학 프로그램 다시 운영",
			"4월 10일 사천 항공 부품 기업 채용 박람회", "고성 어촌마을에 굴 공동 작업장 문 열어"),
			stories.stream().map(Story::title).toList());
		assertEquals("거제시는 중단됐던 조선소 견학 프로그램을 다음 달부터 다시 운영한다.", stories.get(1).body());
		assertEquals(List.of("사천시와 항공 부품 기업 15곳이 10일 시청 대회의실에서 채용 박람회를 연다. 현장 면접으로 모두 90명을 뽑는다.",
			"참가 기업은 설계, 가공, 품질 관리 분야 인력을 주로 찾고 있다고 시는 설명했다."), paragraphs(stories.get(2)));
		assertEquals(List.of("2025-04-07", "2025-04-07", "2025-04-08", "2025-04-07"), stories.stream().map(Story::date).toList());
		String last = stories.get(3).body();
		assertTrue(last.endsWith("일할 수 있게 됐다고 반겼다."), last);
		for (String noise : List.of("정리", "남해 마늘", "하동 녹차", "저작권자")) {
			assertFalse(last.contains(noise), noise);
		}
	}

	@Test
	void digestOfOneParagraphStoriesSplitsAtEveryHeading() throws Exception {
		List<Story> stories = read("digest-one-paragraph-stories.txt");
		assertEquals(List.of("강릉 커피 축제, 올해는 경포 해변에서", "속초 관광안내소, 주말에도 외국어 통역", "삼척 해변 야영장, 예약 첫날 마감",
			"동해시, 전통시장 점포에 화재 감지기 200개 설치"), stories.stream().map(Story::title).toList());
		for (Story s : stories) {
			assertEquals(1, paragraphs(s).size(), s::body);
			assertFalse(s.body().contains("■") || s.body().contains("기자"), s.body());
		}
		assertTrue(stories.get(3).body().endsWith("바로 알림을 보낸다."), "the headline list after the last story stays out");
	}

	@Test
	void featureWithShortSubheadingsStaysOneStory() throws Exception {
		Story s = only("subheaded-feature.txt");
		assertEquals("[기획] 섬마을 의료 공백, 원격진료가 메울까", s.title());
		assertTrue(s.body().startsWith("전남 신안군의 한 섬에 사는"), s.body());
		assertTrue(s.body().contains("■ 원격진료 시범사업 확대"), "subheadings stay inside the story");
		assertTrue(s.body().endsWith("협의하고 있다\"고 말했다."), s.body());
		assertEquals("2024-09-10", s.date());
	}

	@Test
	void englishPageReadsLikeAKoreanOne() throws Exception {
		Story s = only("english.txt");
		assertEquals("Ferry operator adds night sailings to the islands", s.title());
		assertEquals("2025-03-04", s.date());
		assertEquals("By Mara Quinlan", s.byline());
		assertEquals("Harbour Town Gazette", s.outlet());
		List<String> p = paragraphs(s);
		assertEquals(4, p.size(), p::toString);
		assertTrue(p.get(3).endsWith("A review is planned for December."));
		assertFalse(s.body().contains("Share this article"));
	}

	@Test
	void aPhotoCreditInsideTheArticleDoesNotCutIt() throws Exception {
		Story s = only("photo-credit-inside.txt");
		assertTrue(s.body().contains("조성 협약을 맺었다."), s.body());
		assertTrue(s.body().endsWith("주민 복지에 쓰기로 했다."), s.body());
		assertFalse(s.body().contains("ⓒ"), s.body());
		assertEquals("2022-06-17", s.date());
	}

	@Test
	void aShortLeadBeforeAPhotoCaptionIsKept() throws Exception {
		Story s = only("captions-inside.txt");
		assertTrue(s.body().startsWith("부산공동어시장의 하루는 새벽 4시 경매 종소리로 시작된다."), s.body());
		assertTrue(s.body().endsWith("하루도 쉬지 않는다\"고 말했다."), s.body());
		assertEquals("[르포] 새벽 4시 수산시장, 경매장의 하루", s.title());
	}

	@Test
	void hangulComesOutIntactAndComposed() throws Exception {
		String body = only("weather-bar.txt").body();
		assertEquals(java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFC), body);
		assertFalse(body.contains("\uFFFD"));
	}

	@Test
	void aPageWithoutProseIsRefused() {
		IngestException e = assertThrows(IngestException.class,
			() -> reader.read(new Page("menu.txt", null, "UTF-8", "홈\n정치\n경제\n사회\n로그인")));
		assertTrue(e.getMessage().contains("no article text"), e.getMessage());
	}

	private static int occurrences(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private List<Story> readText(String... lines) throws IngestException {
		return reader.read(new Page("inline.txt", null, "UTF-8", String.join("\n", lines)));
	}

	@Test
	void theTitleIsTheHeadlineTheLeadRetellsNotALongerLineAboveIt() throws Exception {
		String lead = "해오름시가 올해 안에 도심 빈터 12곳을 시민 정원으로 새로 꾸민다고 3일 밝혔다. 정원마다 주민 모임이 관리를 맡고 시는 나무와 흙값을 댄다.";
		Story s = readText("첨부파일 해오름시 보도자료 시민정원.hwp", "해오름시, 도심 빈터 12곳 시민 정원으로 꾸민다", "입력 2025.04.03 10:20", lead,
			"시는 정원이 생긴 동네의 여름 한낮 기온이 1도가량 낮아질 것으로 기대한다.").get(0);
		assertEquals("해오름시, 도심 빈터 12곳 시민 정원으로 꾸민다", s.title());
		// a first line the lead does retell stays the title
		assertEquals("해오름시 도심 빈터 12곳 시민 정원 조성", readText("해오름시 도심 빈터 12곳 시민 정원 조성", "정원 조성 계획 주민 설명회 안내 말씀",
			"입력 2025.04.03 10:20", lead, "시는 정원이 생긴 동네의 여름 한낮 기온이 1도가량 낮아질 것으로 기대한다.").get(0).title());
	}

	@Test
	void digestHeadingsSetInLenticularBracketsOrNumberedSplitTheDigest() throws Exception {
		String[] parts = { "순천시는 올해 국비 20억원을 들여 지역 식품 제조기업 12곳의 생산라인 자동화를 돕는다고 밝혔다. 기업당 지원은 최대 1억5000만원이며, 시는 도입 1년 뒤 성과를 점검한다.",
			"여수상공회의소 회원사 임직원 50여명은 주말 동안 해안가 쓰레기 4t을 치웠고, 수거한 폐어구는 재활용 업체에 넘겼다고 전했다." };
		List<Story> bracketed = readText("남도경제 브리핑", "【순천시, 식품 제조기업 12곳 생산라인 자동화 지원】", parts[0], "【여수상의 회원사 임직원, 해안가 쓰레기 4t 수거】", parts[1],
			"저작권자 © 남도경제 무단전재 및 재배포 금지");
		assertEquals(List.of("순천시, 식품 제조기업 12곳 생산라인 자동화 지원", "여수상의 회원사 임직원, 해안가 쓰레기 4t 수거"), bracketed.stream().map(Story::title).toList());
		assertEquals(parts[1], bracketed.get(1).body());
		List<Story> numbered = readText("남도경제 브리핑", "1. 순천시, 식품 제조기업 12곳 생산라인 자동화 지원", parts[0], "2. 여수상의 회원사 임직원, 해안가 쓰레기 4t 수거", parts[1]);
		assertEquals(List.of("순천시, 식품 제조기업 12곳 생산라인 자동화 지원", "여수상의 회원사 임직원, 해안가 쓰레기 4t 수거"), numbered.stream().map(Story::title).toList());
		assertEquals(parts[0], numbered.get(0).body());
	}

	@Test
	void aFeaturesHeadlineLongSubheadingsItsParagraphsGoOnFromKeepItOneStory() throws Exception {
		Story s = readText("[기획] 산단 물, 다시 쓴다", "입력 2025.05.20 18:02",
			"공단 입주 기업들이 한 번 쓴 공업용수를 정화해 다시 쓰는 사업이 본격화하면서 산단의 물 사용 구조가 바뀌고 있다.",
			"◇ 여름마다 되풀이된 제한 급수의 기억", "가뭄이 든 해면 기업들은 생산량을 줄여야 했고, 일부는 비싼 값을 치르고 물을 실어 날랐다.",
			"◇ 재이용 설비 들인 기업들 \"원가 부담 줄었다\"", "설비를 먼저 들인 기업들은 정수 비용과 배출 부담금이 함께 줄었다고 입을 모은다.").get(0);
		assertTrue(s.body().contains("정수 비용과 배출 부담금이"), s.body());
		assertEquals(1, readText("[기획] 산단 물, 다시 쓴다", "공단 입주 기업들이 한 번 쓴 공업용수를 정화해 다시 쓰는 사업이 본격화하면서 산단의 물 사용 구조가 바뀌고 있다.",
			"◇ 여름마다 되풀이된 제한 급수의 기억", "가뭄이 든 해면 기업들은 생산량을 줄여야 했고, 일부는 비싼 값을 치르고 물을 실어 날랐다.",
			"◇ 재이용 설비 들인 기업들 \"원가 부담 줄었다\"", "설비를 먼저 들인 기업들은 정수 비용과 배출 부담금이 함께 줄었다고 입을 모은다.").size());
	}

	@Test
	void aMarkedListHeadingEndsTheArticle() throws Exception {
		Story s = only(readText("목포 원도심 빈 점포 임대료 지원", "목포시는 원도심 빈 점포에 입주하는 청년 창업자에게 1년 동안 임대료의 절반을 지원한다고 밝혔다.",
			"▶ 관련기사", "목포 구도심 상권 살리기 토론회 열려, 상인들 \"주차장부터 늘려야\" 한목소리로 요구했다.",
			"신안 섬 지역 택배비 지원 사업 올해도 계속된다는 소식에 주민들이 반기고 있다고 군은 전했다."));
		assertFalse(s.body().contains("토론회"), s.body());
	}

	@Test
	void aDumpWrappedAtAFixedWidthIsReadByParagraphs() throws Exception {
		Story s = only(readText("   원주 부론산단에 '제조 AI 실증센터' 문 연다", "", "   송민재 기자 | 입력 2025-07-15 11:05", "",
			"   강원 원주시 부론일반산업단지에 중소 제조기업이 인공지능 기술을 생산", "   현장에 적용해 볼 수 있는 제조 AI 실증센터가 다음 달 문을 연다.", "",
			"   원주시와 강원테크노파크는 15일 센터 개소를 앞두고 입주 기업과 지역", "   제조업체를 대상으로 설명회를 열었다. 센터에는 실제 생산라인을 축소한",
			"   시험 설비와 고성능 연산 서버가 갖춰져 있다.", "", "   저작권자 © 강원일보플러스 무단전재 및 재배포 금지"));
		assertEquals(List.of("강원 원주시 부론일반산업단지에 중소 제조기업이 인공지능 기술을 생산 현장에 적용해 볼 수 있는 제조 AI 실증센터가 다음 달 문을 연다.",
			"원주시와 강원테크노파크는 15일 센터 개소를 앞두고 입주 기업과 지역 제조업체를 대상으로 설명회를 열었다. 센터에는 실제 생산라인을 축소한 시험 설비와 고성능 연산 서버가 갖춰져 있다."),
			paragraphs(s));
	}

	@Test
	void digestPartsClosedByTheirReportersTagKeepTheirLastParagraph() throws Exception {
		List<Story> stories = readText("▷ 부산 미음산단에 자동화 물류센터 착공…일자리 200개 기대",
			"부산 강서구 미음산업단지에 로봇 분류 설비를 갖춘 자동화 물류센터가 4일 착공했다. 시행사는 1500억원을 들여 2027년 상반기 문을 열 계획이다.",
			"센터가 가동되면 운영과 배송 인력 200여명이 새로 필요할 것으로 예상된다. /김도윤 기자", "▷ BNK금융 임직원, 집중호우 피해 농가에 일손 돕기",
			"BNK금융그룹 임직원 120여명이 경남 합천의 집중호우 피해 농가를 찾아 비닐하우스 잔해를 치웠다고 4일 밝혔다.", "그룹은 피해 농가에 생필품 꾸러미 300세트도 함께 전달했다. /이서하 기자");
		assertEquals(2, stories.size());
		assertTrue(stories.get(0).body().endsWith("새로 필요할 것으로 예상된다."), stories.get(0).body());
		assertTrue(stories.get(1).body().endsWith("300세트도 함께 전달했다."), stories.get(1).body());
	}

	private static Story only(List<Story> stories) {
		assertEquals(1, stories.size(), () -> "stories: " + stories.stream().map(Story::title).toList());
		return stories.get(0);
	}
}
