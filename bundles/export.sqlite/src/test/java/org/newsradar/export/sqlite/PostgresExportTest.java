package org.newsradar.export.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;

/**
 * The same exporter against a PostgreSQL server, in a schema of its own that is dropped afterwards.
 * Runs when {@value #URL_VARIABLE} names a server
 * ({@code jdbc:postgresql://localhost/newsradar_test?user=…&password=…}); skipped otherwise.
 */
class PostgresExportTest {
	static final String URL_VARIABLE = "NEWSRADAR_TEST_POSTGRES_URL";

	@TempDir
	Path dir;
	private String url;
	private String schema;

	@BeforeEach
	void createSchema() throws SQLException {
		String server = System.getenv(URL_VARIABLE);
		Assumptions.assumeTrue(server != null && !server.isBlank(), URL_VARIABLE + " is not set");
		schema = "newsradar_test_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection c = Connections.open(server); Statement s = c.createStatement()) {
			s.execute("CREATE SCHEMA " + schema);
			c.commit();
		}
		url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	@AfterEach
	void dropSchema() throws SQLException {
		if (url == null) {
			return;
		}
		try (Connection c = Connections.open(url); Statement s = c.createStatement()) {
			s.execute("DROP SCHEMA " + schema + " CASCADE");
			c.commit();
		}
	}

	private void run(List<StoryRecord> stories) throws Exception {
		try (ExportWriter w = new DatabaseExporter().open(new ExportTarget(dir, Map.of("jdbc-url", url)))) {
			DatabaseExporterTest.write(w, stories);
			w.commit(new RunSummary(3, 1, 0, stories.size(), Map.of(), 0, Duration.ZERO));
		}
	}

	private List<String> rows(String sql) throws SQLException {
		try (Connection c = Connections.open(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			List<String> rows = new ArrayList<>();
			while (rs.next()) {
				rows.add(rs.getString(1) + "|" + rs.getString(2));
			}
			return rows;
		}
	}

	@Test
	void reRunOnPostgresUpdatesStoriesAndKeepsTheirFacts() throws Exception {
		run(DatabaseExporterTest.firstRun());
		List<StoryRecord> second = new ArrayList<>(DatabaseExporterTest.firstRun());
		second.set(0, DatabaseExporterTest.dataCenter("dc-1", 0, "충북 오창 데이터센터 착공식 열려", List.of("충청북도")));
		run(second);
		assertEquals(List.of("csr-1|지역 은행, 장학금 3억 원 기탁", "dc-1|충북 오창 데이터센터 착공식 열려", "dc-2|경기 안산에 AI 데이터센터 준공"),
			rows("SELECT id, title FROM stories ORDER BY id"));
		assertEquals(List.of("경기도|1", "충청북도|1"), rows(DatabaseExporterTest.DATA_CENTERS_BY_REGION.replace(";", "")));
		assertEquals(List.of("dc-1|1200000000000"), rows("SELECT story_id, amount_krw FROM story_amounts WHERE story_id = 'dc-1'"));
	}
}
