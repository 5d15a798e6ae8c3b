package org.newsradar.export.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.export.jsonl.JsonLinesExporter;

class DatabaseExporterTest {
	private static final RunSummary SUMMARY = new RunSummary(3, 1, 2, 3, Map.of("data_center", 2, "csr_event", 1), 0,
		Duration.ofMillis(1234));
	private static final String DATA_CENTER_SOURCE = "pages/충청.html";
	/** Data-center stories per 시·도: the query the project's closing note gives analysts. */
	static final String DATA_CENTERS_BY_REGION = "SELECT r.region, COUNT(DISTINCT r.story_id) AS stories "
		+ "FROM story_regions r JOIN story_topics t ON t.story_id = r.story_id "
		+ "WHERE t.topic = 'data_center' AND t.accepted = 1 GROUP BY r.region ORDER BY stories DESC, r.region;";

	@TempDir
	Path dir;

	static StoryRecord dataCenter(String id, int index, String title, List<String> regions) {
		return new StoryRecord(id, DATA_CENTER_SOURCE, index, title, "2025-05-02", "충청일보", "이서준 기자", null,
			"충북 청주 오창에 하이퍼스케일 데이터센터가 들어선다.\n투자액은 1조 2천억 원, 신규 고용은 300명이다.",
			List.of("data_center"), Map.of("data_center", 0.93456, "smart_factory", 0.1),
			Map.of("data_center", List.of(new Evidence("하이퍼스케일 데이터센터", Evidence.BODY, 12, 24))),
			Map.of("data_center", "org.newsradar.classifier.datacenter 1.0.0", "smart_factory",
				"org.newsradar.classifier.smartfactory 1.0.0"),
			regions, List.of("충청북도 청주시"), List.of(1_200_000_000_000L), List.of(), List.of(300L), List.of(100.0),
			List.of());
	}

	static final StoryRecord GYEONGGI_DATA_CENTER = dataCenter("dc-2", 1, "경기 안산에 AI 데이터센터 준공",
		List.of("경기도"));
	static final StoryRecord DONATION = new StoryRecord("csr-1", "pages/기부.txt", 0, "지역 은행, 장학금 3억 원 기탁", null,
		null, null, "https://example.kr/csr/1", "은행은 지역 인재 100명에게 장학금 3억 원을 전달했다.", List.of("csr_event"),
		Map.of("csr_event", 0.88), Map.of(), Map.of("csr_event", "org.newsradar.classifier.csr 1.0.0"),
		List.of("충청북도"), List.of(), List.of(300_000_000L), List.of("2만 달러"), List.of(), List.of(),
		List.of("data_center: classifier threw IllegalStateException"));
	static final SourceError UNREADABLE = new SourceError("pages/없는.html", "no such file");

	static List<StoryRecord> firstRun() {
		return List.of(dataCenter("dc-1", 0, "충북 오창 데이터센터 착공", List.of("충청북도")), GYEONGGI_DATA_CENTER,
			DONATION);
	}

	private void run(List<StoryRecord> stories, Map<String, String> options) throws IOException {
		try (ExportWriter w = new DatabaseExporter().open(new ExportTarget(dir, options))) {
			write(w, stories);
			w.commit(SUMMARY);
		}
	}

	static void write(ExportWriter w, List<StoryRecord> stories) throws IOException {
		for (StoryRecord r : stories) {
			w.story(r);
		}
		w.error(UNREADABLE);
	}

	private Connection database() throws SQLException {
		return Connections.open(DatabaseExporter.sqliteUrl(dir.resolve("newsradar.db")));
	}

	private List<List<Object>> query(String sql) throws SQLException {
		try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(rs.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	private Object single(String sql) throws SQLException {
		return query(sql).get(0).get(0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void tablesHoldTheSameStoriesTopicsAndNumbersAsTheJsonLines() throws Exception {
		run(firstRun(), Map.of());
		try (ExportWriter w = new JsonLinesExporter().open(new ExportTarget(dir, Map.of()))) {
			write(w, firstRun());
			w.commit(SUMMARY);
		}
		List<Map<String, Object>> lines;
		try (Stream<String> s = Files.lines(dir.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
			lines = s.map(l -> (Map<String, Object>) Json.parse(l)).filter(m -> m.containsKey("id")).toList();
		}
		assertEquals((long) lines.size(), ((Number) single("SELECT COUNT(*) FROM stories")).longValue());
		for (Map<String, Object> line : lines) {
			String id = "'" + line.get("id") + "'";
			assertEquals(List.of(line.get("title"), line.get("body"), line.get("source"), ((Number) line.get("story")).intValue()),
				query("SELECT title, body, source, story FROM stories WHERE id = " + id).get(0));
			assertEquals(line.get("topics"), column("SELECT topic FROM story_topics WHERE accepted = 1 AND story_id = "
				+ id + " ORDER BY topic"));
			Map<String, Object> scores = new TreeMap<>();
			query("SELECT topic, score FROM story_topics WHERE story_id = " + id).forEach(r -> scores.put((String) r.get(0), r.get(1)));
			assertEquals(line.get("scores"), scores);
			assertEquals(line.get("regions"), column("SELECT region FROM story_regions WHERE story_id = " + id + " ORDER BY ordinal"));
			assertEquals(line.get("amounts_krw"), longs("SELECT amount_krw FROM story_amounts WHERE story_id = " + id + " ORDER BY ordinal"));
			assertEquals(line.get("jobs"), longs("SELECT jobs FROM story_jobs WHERE story_id = " + id + " ORDER BY ordinal"));
			assertEquals(line.get("capacity_mw"), column("SELECT capacity_mw FROM story_capacities WHERE story_id = " + id + " ORDER BY ordinal"));
			assertEquals(line.get("amounts_other"), column("SELECT amount FROM story_other_amounts WHERE story_id = " + id + " ORDER BY ordinal"));
			assertEquals(line.get("errors"), Json.parse((String) single("SELECT errors FROM stories WHERE id = " + id)));
			Map<String, Object> evidence = (Map<String, Object>) line.get("evidence");
			for (var e : evidence.entrySet()) {
				assertEquals(e.getValue(), Json.parse((String) single("SELECT evidence FROM story_topics WHERE story_id = "
					+ id + " AND topic = '" + e.getKey() + "'")));
			}
		}
	}

	private List<Object> column(String sql) throws SQLException {
		return query(sql).stream().map(r -> r.get(0)).toList();
	}

	private List<Object> longs(String sql) throws SQLException {
		return query(sql).stream().map(r -> (Object) ((Number) r.get(0)).longValue()).toList();
	}

	@Test
	void reRunOverTheSameInputsUpdatesStoriesInsteadOfAddingThem() throws Exception {
		run(firstRun(), Map.of());
		List<StoryRecord> second = new ArrayList<>(firstRun());
		second.set(1, dataCenter("dc-2", 1, "경기 안산 AI 데이터센터 준공식 열려", List.of("경기도", "서울특별시")));
		run(second, Map.of());
		assertEquals(List.of(List.of(3L, 2L)), query("SELECT (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM runs)")
			.stream().map(r -> r.stream().map(v -> (Object) ((Number) v).longValue()).toList()).toList());
		assertEquals("경기 안산 AI 데이터센터 준공식 열려", single("SELECT title FROM stories WHERE id = 'dc-2'"));
		assertEquals(List.of("경기도", "서울특별시"), column("SELECT region FROM story_regions WHERE story_id = 'dc-2' ORDER BY ordinal"));
		assertEquals(2L, ((Number) single("SELECT COUNT(*) FROM story_topics WHERE story_id = 'dc-2'")).longValue());
	}

	@Test
	void storiesASourceNoLongerYieldsAreDeletedWithTheirTopicsAndFacts() throws Exception {
		run(firstRun(), Map.of());
		List<StoryRecord> second = List.of(firstRun().get(0), DONATION);
		run(second, Map.of());
		assertEquals(List.of("csr-1", "dc-1"), column("SELECT id FROM stories ORDER BY id"));
		assertEquals(0L, ((Number) single("SELECT COUNT(*) FROM story_regions WHERE story_id = 'dc-2'")).longValue());
		assertEquals(0L, ((Number) single("SELECT COUNT(*) FROM story_topics WHERE story_id = 'dc-2'")).longValue());
	}

	@Test
	void storiesOfASourceThatFailsToReadAreKept() throws Exception {
		run(firstRun(), Map.of());
		try (ExportWriter w = new DatabaseExporter().open(new ExportTarget(dir, Map.of()))) {
			w.error(new SourceError(DATA_CENTER_SOURCE, "connection reset"));
			w.commit(SUMMARY);
		}
		assertEquals(3L, ((Number) single("SELECT COUNT(*) FROM stories")).longValue());
		assertEquals("connection reset", single("SELECT error FROM sources WHERE source = '" + DATA_CENTER_SOURCE + "'"));
	}

	@Test
	void unreadableSourceIsRecordedWithItsError() throws Exception {
		run(firstRun(), Map.of());
		assertEquals("no such file", single("SELECT error FROM sources WHERE source = 'pages/없는.html'"));
	}

	@Test
	void runSummaryIsStoredWithTheRun() throws Exception {
		run(firstRun(), Map.of());
		assertEquals(List.of(3, 1, 2, 3, "{\"csr_event\":1,\"data_center\":2}", 1234),
			query("SELECT sources, failed_sources, skipped, stories, stories_per_topic, elapsed_ms FROM runs").get(0));
	}

	@Test
	void anUncommittedRunLeavesThePreviousDatabase() throws Exception {
		run(firstRun(), Map.of());
		try (ExportWriter w = new DatabaseExporter().open(new ExportTarget(dir, Map.of()))) {
			w.story(dataCenter("dc-9", 5, "중단된 실행의 기사", List.of("강원특별자치도")));
			w.story(dataCenter("dc-1", 0, "바뀐 제목", List.of("강원특별자치도")));
		}
		assertEquals(List.of("csr-1", "dc-1", "dc-2"), column("SELECT id FROM stories ORDER BY id"));
		assertEquals("충북 오창 데이터센터 착공", single("SELECT title FROM stories WHERE id = 'dc-1'"));
		assertEquals(1L, ((Number) single("SELECT COUNT(*) FROM runs")).longValue());
	}

	@Test
	void foreignKeysRejectTopicsOfAnUnknownStory() throws Exception {
		run(firstRun(), Map.of());
		try (Connection c = database(); Statement s = c.createStatement()) {
			assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO story_topics (story_id, topic, accepted, "
				+ "evidence, evidence_spans) VALUES ('nope', 'data_center', 1, '[]', '[]')"));
		}
	}

	@Test
	void jdbcUrlOptionPointsTheExporterAtAnotherDatabase() throws Exception {
		Path elsewhere = dir.resolve("team.db");
		run(firstRun(), Map.of("jdbc-url", DatabaseExporter.sqliteUrl(elsewhere)));
		assertTrue(Files.exists(elsewhere));
		assertTrue(Files.notExists(dir.resolve("newsradar.db")));
	}

	@Test
	void unsupportedJdbcUrlIsRefusedWithTheSupportedForms() {
		IOException e = assertThrows(IOException.class,
			() -> new DatabaseExporter().open(new ExportTarget(dir, Map.of("jdbc-url", "jdbc:mysql://db/news?password=secret"))));
		assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
		assertTrue(!e.getMessage().contains("secret"), e.getMessage());
	}

	/** The closing note's query, run the way an analyst would: with the sqlite3 shell. */
	@Test
	void sqlite3ShellCountsDataCenterStoriesByRegion() throws Exception {
		Assumptions.assumeTrue(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch(p -> Files.isExecutable(Path.of(p, "sqlite3"))), "sqlite3 is not installed");
		run(firstRun(), Map.of());
		Process p = new ProcessBuilder("sqlite3", "-separator", "|", dir.resolve("newsradar.db").toString(),
			DATA_CENTERS_BY_REGION).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		assertEquals("경기도|1\n충청북도|1\n", out);
	}
}
