package org.newsradar.ingest.web;

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

/** A feed saved to a folder: its items with text are stories. */
class SavedFeedReaderTest {
	private final SavedFeedReader reader = new SavedFeedReader();

	private Page page(String resource) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			return new Page(resource, null, "UTF-8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void acceptsFeedsButNotPages() throws IOException {
		assertTrue(reader.accepts(page("saved.rss")));
		assertTrue(reader.accepts(page("news.atom")));
		assertFalse(reader.accepts(new Page("a.html", null, "UTF-8", "<!doctype html><html><body><p>본문</p></body></html>")));
	}

	@Test
	void itemsWithTextBecomeStoriesWithTheirMetadata() throws Exception {
		List<Story> stories = reader.read(page("saved.rss"));
		assertEquals(2, stories.size(), "the photo item carries no text");
		Story first = stories.get(0);
		assertEquals("항구도시 물류창고 자동화 시범사업 착수", first.title());
		assertEquals("2025-03-04", first.date());
		assertEquals("오세린 기자", first.byline());
		assertEquals("한빛지역신문", first.outlet());
		assertEquals("https://hanbit-example.kr/news/1.html", first.url());
		assertEquals("항구도시의 물류창고 세 곳이 자동화 시범사업에 들어갔다.\n운반 로봇 40대가 하역과 적재를 맡는다.", first.body());
	}

	@Test
	void escapedHtmlDescriptionsKeepTheirLineBreaks() throws Exception {
		assertEquals("지역 제과업체가 복지관 열 곳에 빵 500상자를 보냈다.\n직원들이 직접 배달했다.", reader.read(page("saved.rss")).get(1).body());
	}

	@Test
	void aFeedWithoutTextIsRefusedWithAHint() {
		IngestException e = assertThrows(IngestException.class, () -> reader.read(page("news.atom")));
		assertTrue(e.getMessage().contains("give the feed's address"), e.getMessage());
	}
}
