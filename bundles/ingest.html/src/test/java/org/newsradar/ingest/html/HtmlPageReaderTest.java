package org.newsradar.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.model.Story;
import org.newsradar.core.source.PageDecoder;

/** The HTML reader on pages composed for these tests, decoded from bytes as the pipeline does. */
class HtmlPageReaderTest {
	private final HtmlPageReader reader = new HtmlPageReader();

	private Page page(String fixture) throws IOException, IngestException {
		try (InputStream in = getClass().getResourceAsStream(fixture)) {
			return PageDecoder.decode(new RawPage(fixture, in.readAllBytes(), null));
		}
	}

	private List<Story> read(String fixture) throws IOException, IngestException {
		return reader.read(page(fixture));
	}

	private Story only(String fixture) throws IOException, IngestException {
		List<Story> stories = read(fixture);
		assertEquals(1, stories.size(), () -> "stories: " + stories.stream().map(Story::title).toList());
		return stories.get(0);
	}

	private static List<String> paragraphs(Story s) {
		return List.of(s.body().split("\n"));
	}

	@Test
	void acceptsHtmlEvenWithoutADoctypeButNotFeeds() {
		assertTrue(reader.accepts(new Page("a", null, "UTF-8", "\n<div class=\"news\"><p>본문</p></div>")));
		assertFalse(reader.accepts(new Page("a", null, "UTF-8", "<?xml version=\"1.0\"?><rss><channel><item><p>x</p></item></channel></rss>")));
		assertFalse(reader.accepts(new Page("a", null, "UTF-8", "제목\n본문 문장입니다.")));
	}

	@Test
	void acceptsAsTheTagPatternsSay() {
		Pattern markup = Pattern.compile("(?i)<(html|head|body|div|p|article|table)[\\s>]");
		Pattern feed = Pattern.compile("(?i)<(rss|feed|rdf:rdf)[\\s>]");
		String far = "가".repeat(8190);
		for (String text : List.of("<P>본문", "<pre>코드</pre>", "<Div\tclass=x>", "글 <p", "<p", "<", "a<<p>", "<TABLE>", "<tables>", "<RSS version=2><p>",
			"<p>본문</p><Feed>", "<rdf:RDF>", "<rdf:rdfx><p>", "<html><rss>", "<!doctype html><rss>", far + "<p>", far.substring(2) + "<p>", "<Ｐ>", "<ρ>")) {
			String head = text.substring(0, Math.min(text.length(), 8192));
			Page page = new Page("a", null, "UTF-8", text);
			boolean expected = page.isHtml() || markup.matcher(head).find() && !feed.matcher(head).find();
			assertEquals(expected, reader.accepts(page), text.length() > 40 ? text.substring(text.length() - 40) : text);
		}
	}

	@Test
	void modernPageBodyIsTheArticleParagraphsInOrder() throws Exception {
		assertEquals(List.of("새만금 호수 위에 지은 수상태양광 발전소가 3일 처음으로 전력을 생산했다.",
			"새만금개발청은 이날 발전소에서 첫 송전 기념행사를 열고, 발전소가 하루 평균 9만 가구가 쓸 수 있는 전기를 만들어 낸다고 밝혔다.",
			"발전소는 물에 뜨는 구조물 위에 태양광 모듈 50만여 장을 얹은 형태로, 설비 용량은 300MW다. 사업비는 모두 5800억원이 들었다.",
			"개발청은 발전 수익의 일부를 지역 어민 지원 기금으로 적립하고, 발전소 주변 수질을 분기마다 점검하기로 했다.",
			"개발청 관계자는 \"새만금을 재생에너지 생산 거점으로 키우는 첫걸음\"이라며 \"주민과 함께하는 발전소로 운영하겠다\"고 말했다."),
			paragraphs(only("modern-korean.html")));
	}

	@Test
	void modernPageMetadataComesFromJsonLdAndOpenGraph() throws Exception {
		Story s = only("modern-korean.html");
		assertEquals("새만금 수상태양광 발전소 첫 전력 생산", s.title());
		assertEquals("2024-06-03", s.date(), "the publication, not the later change");
		assertEquals("서해안일보", s.outlet());
		assertEquals("한지우", s.byline());
		assertEquals("https://www.seohaean-example.kr/news/articleView.html?idxno=50211", s.url());
	}

	@Test
	void captionsAdsRelatedBoxesReactionsAndCommentsStayOut() throws Exception {
		String body = only("modern-korean.html").body();
		for (String noise : List.of("전경", "광고", "관련기사", "재생에너지 단지 조성 속도", "좋아요", "추천해요", "전기요금도", "많이 본 기사",
			"군산항 크루즈", "저작권자", "jiwoo@", "℃", "PHOTO NEWS")) {
			assertFalse(body.contains(noise), noise);
		}
	}

	@Test
	void declaredEucKrPageIsReadWithHangulIntact() throws Exception {
		Page page = page("legacy-euckr.html");
		assertEquals("x-windows-949", page.charset());
		Story s = reader.read(page).get(0);
		assertEquals("강릉 커피거리에 청년 창업점포 10곳 문 열어", s.title());
		assertEquals(List.of("강릉시 안목해변 커피거리에 청년들이 운영하는 창업점포 10곳이 21일 일제히 문을 열었다.",
			"시는 빈 점포를 사들여 내부를 고친 뒤 만 39세 이하 청년 창업자에게 2년 동안 임대료 없이 빌려주기로 했다.",
			"점포에는 로스터리 카페와 수제 디저트 가게, 지역 특산물 기념품점 등이 들어섰다.",
			"시 관계자는 \"청년들이 자리를 잡으면 커피거리의 볼거리도 늘어날 것\"이라고 말했다."), paragraphs(s));
	}

	@Test
	void legacyTableLayoutGivesDateAndBylineFromTheInfoLine() throws Exception {
		Story s = only("legacy-euckr.html");
		assertEquals("2012-08-21", s.date());
		assertEquals("김도경 기자", s.byline());
	}

	@Test
	void undeclaredEucKrPageIsRecognisedFromItsBytes() throws Exception {
		Page page = page("legacy-euckr-undeclared.html");
		assertEquals("x-windows-949", page.charset());
		Story s = reader.read(page).get(0);
		assertTrue(s.body().startsWith("강릉시 안목해변 커피거리에 청년들이"), s.body());
		assertFalse(s.body().contains("\uFFFD"));
	}

	@Test
	void englishPageKeepsSubheadingAndQuoteButNotCommentsOrWidgets() throws Exception {
		Story s = only("english.html");
		List<String> p = paragraphs(s);
		assertEquals(6, p.size(), p::toString);
		assertTrue(p.get(0).startsWith("Councillors voted on Monday"));
		assertTrue(p.contains("Fishermen cautious"));
		assertTrue(p.get(2).contains("whether we like it or not"));
		assertEquals("The firm said it would pay for an independent survey of fish stocks before and after the installation.", p.get(5));
		for (String noise : List.of("Share this", "About time", "survey results in full", "Recent Posts", "since 1921", "Posted in")) {
			assertFalse(s.body().contains(noise), noise);
		}
	}

	@Test
	void englishPageMetadata() throws Exception {
		Story s = only("english.html");
		assertEquals("Harbour council backs tidal energy trial", s.title());
		assertEquals("2025-02-11", s.date());
		assertEquals("Owen Pryce", s.byline());
		assertEquals("https://gazette.example.org/2025/02/11/tidal-energy-trial/", s.url());
	}

	@Test
	void japanesePageWithoutMetadataIsReadFromWhatItShows() throws Exception {
		Story s = only("japanese.html");
		assertEquals("港町で無人運転バスの実証実験始まる", s.title());
		assertEquals("2024-10-15", s.date());
		assertEquals("みなと新報", s.outlet());
		assertEquals(3, paragraphs(s).size(), s.body());
		assertTrue(s.body().endsWith("本格導入を検討する。"));
		assertFalse(s.body().contains("アクセスランキング"));
	}

	@Test
	void chinesePageWithoutTellingClassNamesKeepsTheArticleAndDropsItsRelatedBox() throws Exception {
		Story s = only("chinese.html");
		assertEquals("滨江新区首座液冷数据中心投产", s.title());
		assertEquals("2024-11-20", s.date());
		List<String> p = paragraphs(s);
		assertTrue(p.get(0).startsWith("11月20日，滨江新区首座采用液冷技术的数据中心正式投产。"), s.body());
		assertTrue(s.body().contains("预计带动就业岗位500个。"), "the article goes on after the related box: " + s.body());
		for (String noise : List.of("相关新闻", "算力产业三年行动计划", "热门文章", "地铁五号线", "分享到", "版权所有", "当前位置")) {
			assertFalse(s.body().contains(noise), noise);
		}
	}

	@Test
	void digestPageBecomesOneStoryPerHeadingWithItsOwnDate() throws Exception {
		List<Story> stories = read("digest.html");
		assertEquals(List.of("광양항 자동화 부두 하역 장비 시운전", "순천 식품업체, 홀로 사는 노인 200명에 반찬 나눔",
			"여수산단 입주기업, 탄소 포집 설비 공동 구축 협약"), stories.stream().map(Story::title).toList());
		assertEquals(List.of("2024-03-11", "2024-03-12", "2024-03-14"), stories.stream().map(Story::date).toList());
		assertEquals(2, paragraphs(stories.get(1)).size());
		assertTrue(stories.get(2).body().endsWith("공급하는 방안도 검토하고 있다."));
	}

	@Test
	void digestWithAOneSentenceBriefSplitsEveryStoryWithItsOwnTitleAndBody() throws Exception {
		List<Story> stories = read("digest-short-briefs.html");
		assertEquals(List.of("[천안] 물류 로봇 실증센터 문 열어", "아산 곡교천 은행나무길 밤에도 개방", "5월 30일 당진항 선박 화재 합동 훈련",
			"서산 대산공단 기업들, 지역 아동센터에 도서 3천권 기증"), stories.stream().map(Story::title).toList());
		assertEquals(2, paragraphs(stories.get(0)).size(), stories.get(0).body());
		assertFalse(stories.get(0).body().contains("김예린"), "the byline line is no paragraph");
		assertEquals("아산시는 곡교천 은행나무길을 이달 말까지 밤 10시까지 연다.", stories.get(1).body());
		assertEquals(List.of("당진항에서 30일 해경과 소방, 항만 운영사가 함께 선박 화재에 대비한 합동 훈련을 한다.", "훈련에는 경비함정 4척과 소방차 10대가 투입된다."),
			paragraphs(stories.get(2)));
		assertEquals(List.of("2025-05-28", "2025-05-28", "2025-05-27", "2025-05-28"), stories.stream().map(Story::date).toList());
		String last = stories.get(3).body();
		assertTrue(last.endsWith("도서 나눔을 이어가고 있다."), last);
		for (String noise : List.of("논산 딸기", "공주 밤", "금강타임즈", "세종 호수공원")) {
			assertFalse(last.contains(noise), noise);
		}
	}

	@Test
	void articlePrintedForDesktopAndForMobileIsOneStoryWithTheFullerCopy() throws Exception {
		Story s = only("printed-twice-mobile-copy.html");
		List<String> p = paragraphs(s);
		assertEquals(1, p.stream().filter(x -> x.startsWith("전주시가 한옥마을 둘레")).count(), s.body());
		assertTrue(s.body().contains("이용 요금은 받지 않는다."), s.body());
		assertTrue(p.get(p.size() - 1).endsWith("정식 운행 여부를 정하기로 했다."), s.body());
		assertEquals(1, s.body().split("정식 운행 여부를", -1).length - 1, s.body());
		assertEquals("전주 한옥마을에 무인 전기셔틀 달린다", s.title());
	}

	@Test
	void bodyPrintedTwiceIsKeptOnceWithTheFullerCopysExtraParagraph() throws Exception {
		Story s = only("repeated-body.html");
		assertEquals(List.of("대구시가 도심 공유 자전거를 1000대 더 배치한다고 18일 밝혔다.",
			"새 자전거는 동성로와 반월당 일대 대여소 40곳에 나뉘어 놓인다. 시는 대여소마다 거치대를 늘려 반납이 몰리는 출퇴근 시간대 불편을 줄이기로 했다.",
			"시는 자전거 도로가 끊긴 구간 12곳도 연말까지 이어 붙일 계획이다.", "이용 요금은 1시간에 500원으로 지금과 같다."), paragraphs(s));
	}

	@Test
	void portalSizedPageWithMenusAndHeadlineListsYieldsOnlyTheArticle() throws Exception {
		Story s = only("large-portal.html");
		List<String> p = paragraphs(s);
		assertEquals(7, p.size(), p::toString);
		assertTrue(p.get(0).startsWith("전남 여수 국가산단의 한 정유화학 기업이"));
		assertTrue(p.get(6).endsWith("공급 가구를 늘려 가겠다\"고 밝혔다."));
		assertEquals("여수산단 공장 폐열로 마을 300가구 난방", s.title());
		assertEquals("2024-01-16", s.date());
		assertEquals("남해안투데이", s.outlet());
	}

	@Test
	void relatedBoxInsideALegacyArticleIsDroppedAndTheArticleGoesOn() throws Exception {
		Story s = only("inline-related-box.html");
		List<String> p = paragraphs(s);
		assertEquals(5, p.size(), p::toString);
		assertEquals("해수청 관계자는 \"선사 유치와 배후단지 활성화에 힘을 쏟겠다\"고 말했다.", p.get(4));
		for (String noise : List.of("관련기사", "배후부지 확장 착수", "부두 전경", "jhchoi@")) {
			assertFalse(s.body().contains(noise), noise);
		}
		assertEquals("목포 신항 컨테이너 물동량 역대 최대", s.title());
		assertEquals("2023-12-28", s.date());
		assertEquals("서남일보", s.outlet());
	}

	/** Four paragraphs of a short local story, written for these tests. */
	private static final List<String> HARBOUR = List.of("삼천포항 어시장이 새 건물로 옮겨 15일 다시 문을 열었다.",
		"새 어시장은 2층 건물로, 1층에는 활어 점포 40곳이, 2층에는 손님이 산 회를 먹을 수 있는 식당이 들어섰다.",
		"시는 옛 어시장 자리를 주차장으로 바꿔 주말마다 되풀이되던 항구 앞 교통 혼잡을 줄이기로 했다.",
		"상인회장은 \"비가 와도 장사를 할 수 있게 돼 한시름 놓았다\"고 말했다.");
	/** A menu of many links, longer than the story: on some pages the site map outweighs the article. */
	private static final String SITE_MAP = "<div class=\"sitemap\">" + "<a href=\"/s\">지역 소식 전체 보기</a> ".repeat(60) + "</div>";

	private static String paragraphsOf(List<String> texts) {
		return texts.stream().map(t -> "<p>" + t + "</p>").reduce("", String::concat);
	}

	private List<String> bodyOf(String html) throws IngestException {
		return paragraphs(reader.read(new Page("test.html", null, "UTF-8", html)).get(0));
	}

	@Test
	void articleInsideAFormAroundTheWholePageIsRead() throws Exception {
		// ASP.NET pages set all of the body in one form
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body><form id=\"form1\" method=\"post\" action=\"./View.aspx\">"
			+ "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"x\"><div class=\"top\"><a href=\"/\">홈</a> <a href=\"/n\">뉴스</a></div>"
			+ "<div class=\"view\">" + paragraphsOf(HARBOUR) + "</div>" + SITE_MAP + "<button>맨 위로</button></form></body></html>";
		assertEquals(HARBOUR, bodyOf(html));
	}

	@Test
	void wrapperNamedForItsSidebarIsTheArticlesBoxWhenItHoldsThePagesProse() throws Exception {
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body>" + SITE_MAP
			+ "<div class=\"layout has-sidebar\"><div class=\"col\">" + paragraphsOf(HARBOUR) + "</div><div class=\"col2\"><ul>"
			+ "<li><a href=\"/1\">사천 바다케이블카 야간 운행 연장</a></li><li><a href=\"/2\">남강 유등축제 자원봉사자 모집</a></li></ul></div></div>"
			+ "</body></html>";
		assertEquals(HARBOUR, bodyOf(html));
	}

	@Test
	void pageSavedHiddenFromScreenReadersBehindADialogIsStillRead() throws Exception {
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body>" + SITE_MAP + "<div id=\"page\" aria-hidden=\"true\">"
			+ "<div class=\"news\">" + paragraphsOf(HARBOUR) + "</div></div><div class=\"consent-layer\" role=\"dialog\">"
			+ "<p>이 누리집은 더 나은 서비스를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 봅니다.</p><button>동의</button></div></body></html>";
		assertEquals(HARBOUR, bodyOf(html));
	}

	@Test
	void paragraphsSetInTableRowsOfTheirOwnAreOneArticle() throws Exception {
		StringBuilder rows = new StringBuilder("<tr><td><b>삼천포 어시장 새 건물서 재개장</b></td></tr><tr><td>2021-03-15 | 윤하람 기자</td></tr>");
		HARBOUR.forEach(p -> rows.append("<tr><td class=\"txt\">").append(p).append("</td></tr>"));
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body><table width=\"900\"><tr>"
			+ "<td width=\"180\"><a href=\"/1\">지역</a><br><a href=\"/2\">경제</a><br><a href=\"/3\">사람들</a></td>"
			+ "<td width=\"720\"><table>" + rows + "</table></td></tr></table></body></html>";
		assertEquals(HARBOUR, bodyOf(html));
	}

	@Test
	void standfirstInTheHeaderBoxBesideTheBodyIsNotBodyButABodySplitByAnAdIs() throws Exception {
		List<String> story = List.of("The district council will plant two thousand street trees over the next three years, mostly in the wards with the least shade.",
			"Officers said the planting would start in November, when young trees need the least watering, and that residents could ask for a tree outside their homes.",
			"The scheme will cost about 1.1 million pounds, a third of it from a national tree fund.");
		String html = "<html><head><title>Council to plant two thousand street trees</title></head><body><main>"
			+ "<section class=\"article__header\"><h1 class=\"article__title\">Council to plant two thousand street trees in shade-poor wards</h1>"
			+ "<p class=\"article__standfirst\">The plan, costing 1.1 million pounds, favours the hottest streets.</p><p class=\"meta\">By Ada Quinn, 3 June 2024</p></section>"
			+ "<div class=\"article-body\"><p>" + story.get(0) + "</p><p>" + story.get(1) + "</p></div><div class=\"ad-slot\">Advertisement</div>"
			+ "<div class=\"article-body\"><p>" + story.get(2) + "</p></div></main></body></html>";
		assertEquals(story, bodyOf(html));
	}

	@Test
	void headingOfABoxOfLinksInsideTheArticleStaysOut() throws Exception {
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body><div class=\"news\">" + paragraphsOf(HARBOUR.subList(0, 2))
			+ "<div class=\"teasers\"><h3>함께 읽을 만한 글</h3><ul><li><a href=\"/1\">사천 바다케이블카 야간 운행 연장</a></li>"
			+ "<li><a href=\"/2\">남강 유등축제 자원봉사자 모집</a></li></ul></div>" + paragraphsOf(HARBOUR.subList(2, 4)) + "</div></body></html>";
		assertEquals(HARBOUR, bodyOf(html));
	}

	@Test
	void tableOfFiguresInsideTheArticleDoesNotCutItsText() throws Exception {
		StringBuilder table = new StringBuilder("<table><tr><th>구분</th><th>점포 수</th><th>면적(㎡)</th></tr>");
		for (String[] row : new String[][] { { "활어", "40", "1,200" }, { "건어물", "12", "310" }, { "식당", "9", "860" }, { "편의시설", "3", "95" } }) {
			table.append("<tr><td>").append(String.join("</td><td>", row)).append("</td></tr>");
		}
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body><div class=\"news\">" + paragraphsOf(HARBOUR.subList(0, 2))
			+ table + "</table>" + paragraphsOf(HARBOUR.subList(2, 4)) + "</div></body></html>";
		List<String> body = bodyOf(html);
		assertEquals(HARBOUR.get(0), body.get(0));
		assertEquals(HARBOUR.get(3), body.get(body.size() - 1), body::toString);
	}

	@Test
	void nextArticleLoadedBelowTheFirstIsNotTakenForIt() throws Exception {
		List<String> next = List.of("진주시가 남강 둔치에 반려견 놀이터를 새로 만들어 다음 달 문을 연다고 밝혔다.",
			"놀이터는 대형견과 소형견 구역으로 나뉘며, 울타리와 음수대, 배변 봉투함이 갖춰진다. 이용료는 받지 않는다.",
			"시는 이용 수요를 살펴 다른 하천 둔치에도 놀이터를 늘려 갈 계획이다.", "다만 놀이터 안에서는 목줄을 풀 수 있지만, 오가는 길에서는 반드시 목줄을 매야 한다.");
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장 | 남해안신문</title></head><body>"
			+ "<article class=\"item\"><h2>삼천포 어시장 새 건물서 재개장</h2><div class=\"text\">" + paragraphsOf(HARBOUR) + "</div></article>"
			+ "<article class=\"item\"><h2>남강 둔치에 반려견 놀이터</h2><div class=\"text\">" + paragraphsOf(next) + paragraphsOf(next.subList(0, 2)).replace("진주시가", "시는")
			+ "</div></article></body></html>";
		assertEquals(HARBOUR, bodyOf(html));
	}

	@Test
	void tableOfFiguresBesideAShortArticleIsNotTakenForIt() throws Exception {
		StringBuilder table = new StringBuilder("<table class=\"market\"><tr><th>품목</th><th>도매가(원)</th><th>전주(원)</th></tr>");
		String[] items = { "광어", "우럭", "참돔", "농어", "전복", "멍게", "갑오징어", "고등어", "갈치", "삼치", "대게", "새우" };
		for (int i = 0; i < items.length; i++) {
			table.append("<tr><td>").append(items[i]).append("</td><td>").append(String.format("%,d", 12_300 + 1_710 * i))
				.append("</td><td>").append(String.format("%,d", 12_100 + 1_690 * i)).append("</td></tr>");
		}
		String html = "<html><head><title>삼천포 어시장 새 건물서 재개장</title></head><body><div class=\"news\">" + paragraphsOf(HARBOUR.subList(0, 3))
			+ "</div><div class=\"prices\"><h3>오늘의 수산물 시세</h3>" + table + "</table></div></body></html>";
		assertEquals(HARBOUR.subList(0, 3), bodyOf(html));
	}

	private static final String UTC_PAGE = "<html><head><title>%s</title>"
		+ "<meta property=\"article:published_time\" content=\"2024-01-15T23:30:00Z\"></head>"
		+ "<body><div class=\"article-body\"><p>%s</p></div></body></html>";

	@Test
	void utcPublicationTimeOfAKoreanPageIsDatedInKoreanTime() throws Exception {
		String html = String.format(UTC_PAGE, "새벽 첫 배 출항", "여객선이 새벽 여덟 시 반에 첫 출항을 했다고 선사가 밝혔다. 승객은 모두 120명이었다.");
		assertEquals("2024-01-16", reader.read(new Page("utc.html", null, "UTF-8", html)).get(0).date());
	}

	@Test
	void utcPublicationTimeOfAnEnglishPageKeepsItsDay() throws Exception {
		String html = String.format(UTC_PAGE, "First ferry sails", "The first ferry of the day left the harbour at half past eleven with 120 passengers.");
		assertEquals("2024-01-15", reader.read(new Page("utc.html", null, "UTF-8", html)).get(0).date());
	}

	@Test
	void jsonLdIsReadAndABrokenBlockBeforeItCostsNothing() throws Exception {
		String html = "<html><head><title>x</title>"
			+ "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"끊긴 블록</script>"
			+ "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\","
			+ " \"headline\": \"항구 야시장 \\\"불빛 축제\\\" 개막\", \"datePublished\": \"2024-05-03T18:00:00+09:00\","
			+ " \"author\": [{\"@type\": \"Person\", \"name\": \"오세린\"}], \"wordCount\": 412}]}</script>"
			+ "</head><body><div class=\"article-body\"><p>항구 야시장이 3일 저녁 문을 열고 첫 손님을 맞았다. 상인 60곳이 참여했다.</p></div></body></html>";
		Story s = reader.read(new Page("ld.html", null, "UTF-8", html)).get(0);
		assertEquals("항구 야시장 \"불빛 축제\" 개막", s.title());
		assertEquals("2024-05-03", s.date());
		assertEquals("오세린", s.byline());
	}

	@Test
	void pageOfLinksAloneHasNoStory() {
		IngestException e = assertThrows(IngestException.class, () -> read("section-front.html"));
		assertTrue(e.getMessage().contains("no article text"), e.getMessage());
	}
}
