package org.newsradar.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsradar.export.report.Fixtures.STORIES;
import static org.newsradar.export.report.Fixtures.SUMMARY;
import static org.newsradar.export.report.Fixtures.UNREADABLE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.json.Json;
import org.newsradar.export.jsonl.JsonLinesExporter;

class ReportExporterTest {
	@TempDir
	Path dir;

	private void run(Exporter exporter) throws IOException {
		try (ExportWriter w = exporter.open(new ExportTarget(dir, Map.of()))) {
			w.story(STORIES.get(0));
			w.error(UNREADABLE);
			for (int i = 1; i < STORIES.size(); i++) {
				w.story(STORIES.get(i));
			}
			w.commit(SUMMARY);
		}
	}

	private Document report() throws IOException {
		run(new ReportExporter());
		return Jsoup.parse(dir.resolve("report.html").toFile(), "UTF-8");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> jsonStories() throws IOException {
		run(new JsonLinesExporter());
		try (Stream<String> lines = Files.lines(dir.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
			return lines.map(l -> (Map<String, Object>) Json.parse(l)).filter(m -> m.containsKey("id")).toList();
		}
	}

	private static List<String> split(String value, String separator) {
		return value.isEmpty() ? List.of() : Arrays.asList(value.split(separator));
	}

	private static List<Object> dataValues(Element article, String chip) {
		return article.select(".chip." + chip + " data").stream().map(d -> (Object) Long.valueOf(d.attr("value"))).toList();
	}

	@Test
	void articlesHoldTheSameStoriesTopicsRegionsAndNumbersAsTheJsonLines() throws IOException {
		Document report = report();
		List<Map<String, Object>> json = jsonStories();
		assertEquals(json.size(), report.select("article.story").size());
		for (Map<String, Object> story : json) {
			Element article = report.selectFirst("article.story[data-id=" + story.get("id") + "]");
			assertNotNull(article, "article of " + story.get("id"));
			assertEquals(story.get("title"), article.selectFirst("h3").text());
			assertEquals(story.get("topics"), split(article.attr("data-topics"), " "));
			assertEquals(story.get("regions"), split(article.attr("data-regions"), "\\|"));
			assertEquals(story.get("amounts_krw"), dataValues(article, "amount"));
			assertEquals(story.get("jobs"), dataValues(article, "jobs"));
			assertEquals(story.get("body"), article.selectFirst(".body").wholeText());
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void chartCountsAreTheStoriesPerTopicAndPerRegionOfTheJsonLines() throws IOException {
		Document report = report();
		Map<String, Integer> perTopic = new TreeMap<>();
		Map<String, Integer> perRegion = new TreeMap<>();
		for (Map<String, Object> story : jsonStories()) {
			((List<String>) story.get("topics")).forEach(t -> perTopic.merge(t, 1, Integer::sum));
			((List<String>) story.get("regions")).forEach(r -> perRegion.merge(r, 1, Integer::sum));
		}
		perTopic.forEach((topic, n) -> assertEquals(String.valueOf(n),
			report.selectFirst("#chart-topics .bar[data-topic=" + topic + "] text.count").text(), topic));
		perRegion.forEach((region, n) -> assertEquals(String.valueOf(n),
			report.selectFirst("#chart-regions .bar[data-region=" + region + "] text.count").text(), region));
		assertEquals(perRegion.size(), report.select("#chart-regions .bar").size());
		assertEquals("1", report.selectFirst("#chart-topics .bar[data-topic=-] text.count").text());
	}

	@Test
	void markupInPageTextIsShownAsTextNeverRun() throws IOException {
		Document report = report();
		Element hostile = report.selectFirst("article.story[data-id=s4]");
		assertEquals("<script>alert(1)</script> 제목", hostile.selectFirst("h3").text());
		assertEquals(1, report.select("script").size(), "only the report's own script");
		assertTrue(hostile.select("img, b, i").isEmpty(), hostile.html());
		assertTrue(hostile.selectFirst(".body").text().contains("<img src=x onerror="));
	}

	@Test
	void scriptAddressesAreNeverLinked() throws IOException {
		Document report = report();
		assertTrue(report.select("a[href]").stream().noneMatch(a -> a.attr("href").toLowerCase().startsWith("javascript")));
		assertEquals("https://news.example.kr/busan/1",
			report.selectFirst("article[data-id=s1] a:contains(기사 원문)").attr("href"));
	}

	@Test
	void sourcesAreLinked() throws IOException {
		Document report = report();
		String href = report.selectFirst("article[data-id=s2] .meta a").attr("href");
		assertEquals(Path.of("pages/경남.txt").toAbsolutePath().toUri().toASCIIString(), href);
	}

	@Test
	void evidenceIsHighlightedAtItsSpansInTitleAndBody() throws IOException {
		Document report = report();
		Element article = report.selectFirst("article[data-id=s1]");
		assertEquals(List.of("AI 데이터센터"), article.select(".body mark[data-topic=data_center]").eachText());
		assertEquals(List.of("AI 데이터센터"), article.select("h3 mark[data-topic=data_center]").eachText());
		assertEquals(List.of("데이터센터 운영사", "봉사활동", "기부"),
			report.select("article[data-id=s3] .body mark").eachText());
	}

	@Test
	void pageFetchesNothing() throws IOException {
		Document report = report();
		assertTrue(report.select("[src], link, iframe, object, embed").isEmpty());
		assertTrue(report.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
	}

	@Test
	void runSummaryIsShown() throws IOException {
		Document report = report();
		List<String> numbers = new ArrayList<>(report.select(".summary dd").eachText());
		assertEquals(List.of("4", "1", "2", "4", "0", "2.3초"), numbers);
	}

	@Test
	void unreadableSourcesAreListedWithTheirErrors() throws IOException {
		Document report = report();
		assertEquals(List.of("pages/빈.html", "the file is empty"), report.select(".errors tbody td").eachText());
	}

	@Test
	void storiesGoToAPartFileAsTheyArriveNotToMemory() throws IOException {
		try (ExportWriter w = new ReportExporter().open(new ExportTarget(dir, Map.of()))) {
			for (int i = 0; i < 100; i++) {
				w.story(STORIES.get(i % STORIES.size()));
			}
			try (Stream<Path> files = Files.list(dir)) {
				Path part = files.filter(p -> p.getFileName().toString().endsWith(".stories.partial")).findFirst().orElseThrow();
				assertTrue(Files.size(part) > 0, "100 stories outgrow the writer's buffer and reach the part file");
			}
		}
	}

	@Test
	void anUncommittedRunLeavesThePreviousReportAndNoTemporaryFiles() throws IOException {
		Files.writeString(dir.resolve("report.html"), "previous");
		try (ExportWriter w = new ReportExporter().open(new ExportTarget(dir, Map.of()))) {
			STORIES.forEach(s -> {
				try {
					w.story(s);
				} catch (IOException e) {
					throw new AssertionError(e);
				}
			});
		}
		assertEquals("previous", Files.readString(dir.resolve("report.html")));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(dir.resolve("report.html")), files.toList());
		}
	}

	@Test
	void theNextRunRemovesThePartFilesOfAKilledRunAndNothingElse() throws IOException {
		// a run killed with SIGKILL leaves its parts, unlocked now that its process is gone
		String killed = ".report.html.5d0c1a4e-2b7f-4c3d-8e6a-9f1b2c3d4e5f.";
		for (String part : List.of("stories.partial", "errors.partial", "partial")) {
			Files.writeString(dir.resolve(killed + part), "<article>");
		}
		Files.writeString(dir.resolve("report.html.partial"), "the user's own file");
		run(new ReportExporter());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("report.html", "report.html.partial"), files.map(f -> f.getFileName().toString()).sorted()
				.toList());
		}
	}
}
