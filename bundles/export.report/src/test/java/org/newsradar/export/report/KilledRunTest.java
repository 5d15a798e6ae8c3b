package org.newsradar.export.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.export.part.PartFile;
import org.sqlite.SQLiteDataSource;

/**
 * A run killed with SIGKILL halfway leaves the previous run's outputs whole and readable, and the
 * next run into the folder clears what it left: a separate JVM writes through every exporter until
 * SQLite has begun changing the database file, goes on a little, and is killed.
 */
class KilledRunTest {
	private static final List<String> FILES = List.of("stories.jsonl", "stories.csv", "report.html");
	/** Stories the killed run writes after SQLite began changing the database file. */
	private static final int STORIES_AFTER_SPILL = 300;

	@TempDir
	Path dir;

	@Test
	void killedRunLeavesThePreviousOutputsWholeAndReadableAndTheNextRunClearsItsLeftovers() throws Exception {
		runToTheEnd();
		Map<String, byte[]> previous = new LinkedHashMap<>();
		for (String f : FILES) {
			previous.put(f, Files.readAllBytes(dir.resolve(f)));
		}

		killMidRun();

		for (String f : FILES) {
			assertArrayEquals(previous.get(f), Files.readAllBytes(dir.resolve(f)), f);
		}
		assertEquals(List.of("s1", "s2", "s3", "s4"), storyIdsInTheDatabase());
		// what remains are the writers' hidden part files; SQLite has consumed its journal
		List<String> left = leftovers();
		assertTrue(!left.isEmpty() && left.stream().allMatch(n -> n.startsWith(".") && n.endsWith(".partial")),
			"only hidden partial files are left over: " + left);

		runToTheEnd();
		assertEquals(List.of(), leftovers(), "the next run removed the killed run's part files");
	}

	/** Writes the fixture stories through every exporter and commits, as a whole run does. */
	private void runToTheEnd() throws IOException {
		for (Exporter e : EndlessRun.exporters()) {
			try (ExportWriter w = e.open(new ExportTarget(dir, Map.of()))) {
				for (var story : Fixtures.STORIES) {
					w.story(story);
				}
				w.commit(Fixtures.SUMMARY);
			}
		}
	}

	/** @return the names in the folder besides the outputs and the database */
	private List<String> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> !FILES.contains(n) && !n.equals("newsradar.db"))
				.sorted().toList();
		}
	}

	private void killMidRun() throws IOException, InterruptedException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
			EndlessRun.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		List<String> seen = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
			int afterSpill = -1;
			for (String line; (line = out.readLine()) != null;) {
				seen.add(line);
				if (line.equals("SPILLED")) {
					afterSpill = 0;
				} else if (afterSpill >= 0 && line.startsWith("stories ") && (afterSpill += 100) >= STORIES_AFTER_SPILL) {
					assertLivingRunsPartsStay();
					break;
				}
			}
		} finally {
			run.destroyForcibly();
			assertTrue(run.waitFor(1, TimeUnit.MINUTES));
		}
		assertTrue(seen.contains("SPILLED"), "the run ended before writing into the database: " + seen);
		assertEquals(137, run.exitValue(), "killed by SIGKILL");
		assertTrue(Files.exists(dir.resolve("newsradar.db-journal")), "the killed transaction left its rollback journal");
	}

	/** A clean-up while the run still writes (say, a second run started by mistake) leaves its parts alone. */
	private void assertLivingRunsPartsStay() throws IOException {
		List<String> parts = leftovers().stream().filter(n -> n.endsWith(".partial")).toList();
		assertEquals(4, parts.size(), "the run's part files (JSON Lines, CSV, report stories and errors): " + parts);
		for (String f : FILES) {
			assertEquals(0, PartFile.removeLeftovers(dir.resolve(f)), f);
		}
		assertEquals(parts, leftovers().stream().filter(n -> n.endsWith(".partial")).toList());
	}

	/** Opens the database as the next run would: SQLite rolls the killed transaction back from its journal. */
	private List<String> storyIdsInTheDatabase() throws Exception {
		SQLiteDataSource source = new SQLiteDataSource();
		source.setUrl("jdbc:sqlite:" + dir.resolve("newsradar.db"));
		List<String> ids = new ArrayList<>();
		try (Connection c = source.getConnection(); Statement s = c.createStatement();
			ResultSet rs = s.executeQuery("SELECT id FROM stories ORDER BY id")) {
			while (rs.next()) {
				ids.add(rs.getString(1));
			}
		}
		return ids;
	}
}
