package org.newsradar.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.StoryRecord;

class StoryHtmlTest {
	private static final String BODY = "울산시는 온산국가산단에 AI 데이터센터를 짓는다. 사업비는 1조 원이다.";
	private final StoryHtml html = new StoryHtml(new TopicStyles());

	private static StoryRecord story(String title, String body, List<Evidence> evidence) {
		return new StoryRecord("id", "pages/울산.html", 0, title, "2025-05-01", "울산매일", null, null, body,
			List.of("data_center"), Map.of("data_center", 0.9), Map.of("data_center", evidence),
			Map.of("data_center", "org.newsradar.classifier.datacenter 1.0.0"), List.of("울산광역시"), List.of(),
			List.of(1_000_000_000_000L), List.of(), List.of(), List.of(), List.of());
	}

	private Document body(StoryRecord r) {
		StringBuilder out = new StringBuilder();
		html.body(r, out);
		return Jsoup.parseBodyFragment(out.toString());
	}

	@Test
	void evidenceSpanIsMarkedWithItsTopic() {
		Document d = body(story("제목", BODY, List.of(new Evidence("AI 데이터센터", Evidence.BODY, 15, 23))));
		assertEquals("AI 데이터센터", d.selectFirst("mark[data-topic=data_center]").text());
		assertEquals(BODY, d.text());
	}

	@Test
	void spanWhoseOffsetsMissItsPhraseFallsBackToTheFirstOccurrence() {
		Document d = body(story("제목", BODY, List.of(new Evidence("사업비", Evidence.BODY, 0, 3))));
		assertEquals(List.of("사업비"), d.select("mark").eachText());
	}

	@Test
	void markupInTheTitleShowsAsText() {
		StringBuilder out = new StringBuilder();
		html.title(story("<script>alert(1)</script> 울산", BODY, List.of()), out);
		assertTrue(out.toString().startsWith("&lt;script&gt;"), out.toString());
	}

	@Test
	void emptyTitleGetsAPlaceholder() {
		StringBuilder out = new StringBuilder();
		html.title(story("", BODY, List.of()), out);
		assertEquals("(제목 없음)", out.toString());
	}

	@Test
	void wonAmountsReadTheKoreanWay() {
		assertEquals("7,697억 500만 원", StoryHtml.won(769_705_000_000L));
		assertEquals("2조 원", StoryHtml.won(2_000_000_000_000L));
	}
}
