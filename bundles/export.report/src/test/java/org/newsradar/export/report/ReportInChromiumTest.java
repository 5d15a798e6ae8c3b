package org.newsradar.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;

/**
 * The report in a real browser (Debian's {@code chromium}, headless): it loads without console
 * errors, its script runs and filters, and a screenshot is kept as
 * {@code target/chromium/report.png}. Skipped when Chromium is not installed.
 */
class ReportInChromiumTest {
	/** Kept after the build so people can look at the page and its screenshot. */
	private static final Path ARTIFACTS = Path.of("target", "chromium").toAbsolutePath();
	private static Path report;

	@TempDir
	Path profile;

	@BeforeAll
	static void writeReport() throws IOException {
		Assumptions.assumeTrue(chromium() != null, "chromium is not installed");
		Files.createDirectories(ARTIFACTS);
		try (ExportWriter w = new ReportExporter().open(new ExportTarget(ARTIFACTS, Map.of()))) {
			for (var story : Fixtures.STORIES) {
				w.story(story);
			}
			w.error(Fixtures.UNREADABLE);
			w.commit(Fixtures.SUMMARY);
		}
		report = ARTIFACTS.resolve("report.html");
	}

	private static String chromium() {
		for (String name : List.of("chromium", "chromium-browser")) {
			for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Path.of(dir, name).toString();
				}
			}
		}
		return null;
	}

	/** What Chromium printed: the DOM after scripts ran (stdout) and its log (stderr). */
	private record Run(String dom, List<String> log) {
		List<String> consoleErrors() {
			return log.stream().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList();
		}
	}

	private Run browse(String fragment, String... extra) throws Exception {
		List<String> command = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
		command.addAll(List.of(extra));
		command.add(report.toUri() + fragment);
		Path err = profile.resolve("stderr.txt");
		Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
		String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(2, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new AssertionError("chromium did not finish");
		}
		return new Run(dom, Files.readAllLines(err, StandardCharsets.UTF_8));
	}

	@Test
	void reportLoadsWithoutConsoleErrors() throws Exception {
		Run run = browse("", "--dump-dom");
		assertTrue(run.dom().contains("</html>"), run.log().toString());
		assertEquals(List.of(), run.consoleErrors());
	}

	@Test
	void chartsShowTheStoriesPerTopicAndRegion() throws Exception {
		Document dom = Jsoup.parse(browse("", "--dump-dom").dom());
		assertEquals("2", dom.selectFirst("#chart-topics .bar[data-topic=data_center] text.count").text());
		assertEquals("1", dom.selectFirst("#chart-topics .bar[data-topic=smart_factory] text.count").text());
		assertEquals("1", dom.selectFirst("#chart-topics .bar[data-topic=csr_event] text.count").text());
		assertEquals("2", dom.selectFirst("#chart-regions .bar[data-region=부산광역시] text.count").text());
		assertEquals("4", dom.selectFirst("#total").text());
	}

	@Test
	void filterFromTheAddressShowsOnlyMatchingStories() throws Exception {
		Run run = browse("#topic=data_center&region=%EB%B6%80%EC%82%B0%EA%B4%91%EC%97%AD%EC%8B%9C", "--dump-dom");
		Document dom = Jsoup.parse(run.dom());
		assertEquals("2", dom.selectFirst("#shown").text());
		assertEquals(List.of("s1", "s3"), dom.select("article.story:not([hidden])").eachAttr("data-id"));
		assertEquals(List.of(), run.consoleErrors());
	}

	@Test
	void textFilterSearchesTitlesAndBodies() throws Exception {
		Document dom = Jsoup.parse(browse("#q=%EC%B0%BD%EC%9B%90", "--dump-dom").dom());
		assertEquals(List.of("s2"), dom.select("article.story:not([hidden])").eachAttr("data-id"));
	}

	@Test
	void hostilePageMarkupDoesNotRun() throws Exception {
		Document dom = Jsoup.parse(browse("", "--dump-dom").dom());
		assertFalse(dom.body().hasAttr("data-pwned"), "the onerror handler of a page's <img> ran");
		assertEquals("<script>alert(1)</script> 제목", dom.selectFirst("article[data-id=s4] h3").text());
	}

	@Test
	void screenshotIsTaken() throws Exception {
		Path png = ARTIFACTS.resolve("report.png");
		Files.deleteIfExists(png);
		Run run = browse("", "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
		assertTrue(Files.size(png) > 10_000, run.log().toString());
		assertEquals(List.of(), run.consoleErrors());
	}
}
