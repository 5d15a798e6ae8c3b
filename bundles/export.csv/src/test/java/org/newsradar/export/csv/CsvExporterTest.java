package org.newsradar.export.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.export.jsonl.JsonLinesExporter;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class CsvExporterTest {
	private static final RunSummary SUMMARY = new RunSummary(3, 1, 0, 2, Map.of("data_center", 1), 0, Duration.ZERO);

	private static final StoryRecord DATA_CENTER = new StoryRecord("a1", "pages/울산.html", 0,
		"울산에 \"AI 데이터센터\" 착공, 2조 원 투입", "2025-03-14", "울산신문", "김하늘 기자", "https://example.kr/news/1",
		"울산시는 14일 남구 부지에서 AI 데이터센터 착공식을 열었다.\n사업비는 2조 원이며, 일자리 600개가 생긴다.",
		List.of("data_center"), Map.of("data_center", 0.97123, "smart_factory", 0.03, "csr_event", 0.0),
		Map.of("data_center", List.of(new Evidence("AI 데이터센터", Evidence.BODY, 20, 29),
			new Evidence("AI 데이터센터", Evidence.TITLE, 5, 14), new Evidence("착공식", Evidence.BODY, 30, 33))),
		Map.of("data_center", "org.newsradar.classifier.datacenter 1.0.0"), List.of("울산광역시"),
		List.of("울산광역시 남구"), List.of(2_000_000_000_000L, 35_000_000_000L), List.of("1억 달러"), List.of(600L),
		List.of(40.5), List.of());
	private static final StoryRecord VOLUNTEERING = new StoryRecord("b2", "pages/digest.txt", 3,
		"=HYPERLINK(\"http://evil.example\") 은행 봉사단, 김장 나눔", null, null, null, null,
		"은행 임직원 50명이 김장 김치 2,000포기를 담가 이웃에 전했다.", List.of("csr_event"), Map.of("csr_event", 0.8),
		Map.of(), Map.of(), List.of("전라남도", "광주광역시"), List.of(), List.of(), List.of(), List.of(), List.of(),
		List.of("smart_factory: classifier timed out"));
	private static final SourceError UNREADABLE = new SourceError("pages/깨진.html", "cannot decode the page, 0 bytes");

	@TempDir
	Path dir;

	private void run(Exporter exporter) throws IOException {
		try (ExportWriter w = exporter.open(new ExportTarget(dir, Map.of()))) {
			w.story(DATA_CENTER);
			w.error(UNREADABLE);
			w.story(VOLUNTEERING);
			w.commit(SUMMARY);
		}
	}

	private List<CSVRecord> csvRows() throws IOException {
		String text = Files.readString(dir.resolve("stories.csv"), StandardCharsets.UTF_8);
		assertEquals('\uFEFF', text.charAt(0), "byte-order mark");
		try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))) {
			assertEquals(CsvRows.HEADER, parser.getHeaderNames());
			return parser.getRecords();
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> jsonLines() throws IOException {
		try (Stream<String> lines = Files.lines(dir.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
			return lines.map(l -> (Map<String, Object>) Json.parse(l)).toList();
		}
	}

	private static List<String> items(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("; "));
	}

	@Test
	void fileStartsWithTheUtf8ByteOrderMark() throws IOException {
		run(new CsvExporter());
		byte[] head = Arrays.copyOf(Files.readAllBytes(dir.resolve("stories.csv")), 3);
		assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head);
	}

	@Test
	void rowsHoldTheSameStoriesTopicsAndNumbersAsTheJsonLines() throws IOException {
		run(new CsvExporter());
		run(new JsonLinesExporter());
		List<CSVRecord> rows = csvRows();
		List<Map<String, Object>> json = jsonLines();
		assertEquals(json.size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			Map<String, Object> line = json.get(i);
			assertEquals(line.get("source"), row.get("source"));
			if (line.containsKey("error")) {
				assertEquals(line.get("error"), row.get("error"));
				assertEquals("", row.get("id"));
				continue;
			}
			assertEquals(line.get("id"), row.get("id"));
			assertEquals(line.get("body"), row.get("body"));
			assertEquals(line.get("topics"), items(row.get("topics")));
			assertEquals(line.get("regions"), items(row.get("regions")));
			assertEquals(line.get("places"), items(row.get("places")));
			assertEquals(line.get("errors"), items(row.get("errors")));
			assertEquals(line.get("amounts_krw"), items(row.get("amounts_krw")).stream()
				.map(a -> Long.valueOf(a.replace(",", ""))).toList());
			assertEquals(line.get("jobs"), items(row.get("jobs")).stream().map(j -> Long.valueOf(j.replace(",", ""))).toList());
			Map<String, Object> scores = (Map<String, Object>) line.get("scores");
			List<String> expectedScores = new ArrayList<>();
			scores.forEach((topic, score) -> expectedScores.add(topic + ": "
				+ BigDecimal.valueOf(((Number) score).doubleValue()).stripTrailingZeros().toPlainString()));
			assertEquals(expectedScores, items(row.get("scores")));
		}
	}

	@Test
	void titlesWithQuotesAndCommasAndBodiesWithLineBreaksComeBackWhole() throws IOException {
		run(new CsvExporter());
		CSVRecord first = csvRows().get(0);
		assertEquals(DATA_CENTER.title(), first.get("title"));
		assertEquals(DATA_CENTER.body(), first.get("body"));
		assertEquals(CsvRows.HEADER.size(), first.size());
	}

	@Test
	void errorRecordIsARowWithOnlySourceAndErrorFilled() throws IOException {
		run(new CsvExporter());
		CSVRecord row = csvRows().get(1);
		assertEquals("pages/깨진.html", row.get("source"));
		assertEquals("cannot decode the page, 0 bytes", row.get("error"));
		assertEquals("", row.get("title"));
	}

	@Test
	void listAndPerTopicFieldsAreJoinedReadably() throws IOException {
		run(new CsvExporter());
		CSVRecord row = csvRows().get(0);
		assertEquals("2,000,000,000,000; 35,000,000,000", row.get("amounts_krw"));
		assertEquals("csr_event: 0; data_center: 0.9712; smart_factory: 0.03", row.get("scores"));
		assertEquals("data_center: AI 데이터센터, 착공식", row.get("evidence"));
		assertEquals("data_center: org.newsradar.classifier.datacenter 1.0.0", row.get("classifiers"));
		assertEquals("40.5", row.get("capacity_mw"));
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsKeptAsText() throws IOException {
		run(new CsvExporter());
		assertEquals("'" + VOLUNTEERING.title(), csvRows().get(2).get("title"));
	}

	@Test
	void textLongerThanAnExcelCellIsCutWithAnEllipsis() {
		String cell = CsvRows.cell("가".repeat(40_000));
		assertEquals(CsvRows.CELL_LIMIT, cell.length());
		assertTrue(cell.endsWith("…"));
	}

	@Test
	void anUncommittedRunLeavesThePreviousCsvAndNoTemporaryFile() throws IOException {
		Files.writeString(dir.resolve("stories.csv"), "previous\r\n");
		try (ExportWriter w = new CsvExporter().open(new ExportTarget(dir, Map.of()))) {
			w.story(DATA_CENTER);
		}
		assertEquals("previous\r\n", Files.readString(dir.resolve("stories.csv")));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(dir.resolve("stories.csv")), files.toList());
		}
	}

	@Test
	void theNextRunRemovesThePartFileOfAKilledRunAndNothingElse() throws IOException {
		// a run killed with SIGKILL leaves its part file, unlocked now that its process is gone
		Files.writeString(dir.resolve(".stories.csv.5d0c1a4e-2b7f-4c3d-8e6a-9f1b2c3d4e5f.partial"), "\uFEFFid,source\r\na1,");
		Files.writeString(dir.resolve(".stories.jsonl.5d0c1a4e-2b7f-4c3d-8e6a-9f1b2c3d4e5f.partial"), "{");
		Files.writeString(dir.resolve("stories.csv.bak"), "the user's own file");
		run(new CsvExporter());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(".stories.jsonl.5d0c1a4e-2b7f-4c3d-8e6a-9f1b2c3d4e5f.partial", "stories.csv", "stories.csv.bak"),
				files.map(f -> f.getFileName().toString()).sorted().toList(), "the JSON Lines exporter's part is not ours");
		}
		assertEquals(3, csvRows().size());
	}

	/**
	 * Opens the file in LibreOffice (headless, converting to .xlsx) and reads the cells back. Headless
	 * conversion does not sniff the byte-order mark, so the import names UTF-8 the way a user picks it
	 * in the import dialog; what is checked is that LibreOffice's CSV reader agrees with ours on rows,
	 * quoting, multi-line bodies and Hangul.
	 */
	@Test
	void libreOfficeOpensTheFileWithHangulAndMultiLineBodiesIntact() throws Exception {
		Assumptions.assumeTrue(onPath("soffice"), "LibreOffice is not installed");
		run(new CsvExporter());
		Path converted = dir.resolve("converted");
		Process p = new ProcessBuilder("soffice", "--headless", "--norestore",
			"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
			"--outdir", converted.toString(), dir.resolve("stories.csv").toString()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(2, TimeUnit.MINUTES), log);
		try (ZipFile xlsx = new ZipFile(converted.resolve("stories.xlsx").toFile())) {
			List<String> strings = new ArrayList<>();
			NodeList items = xml(xlsx, "xl/sharedStrings.xml").getElementsByTagName("si");
			for (int i = 0; i < items.getLength(); i++) {
				strings.add(items.item(i).getTextContent());
			}
			assertTrue(strings.contains(DATA_CENTER.title()), strings.toString());
			assertTrue(strings.contains(DATA_CENTER.body()), strings.toString());
			assertEquals("id", strings.get(0));
			assertEquals(4, xml(xlsx, "xl/worksheets/sheet1.xml").getElementsByTagName("row").getLength());
		}
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
	}

	private static Document xml(ZipFile zip, String entry) throws Exception {
		try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	@Test
	void exporterAnswersToTheCsvFormat() {
		assertEquals("csv", new CsvExporter().format());
	}
}
