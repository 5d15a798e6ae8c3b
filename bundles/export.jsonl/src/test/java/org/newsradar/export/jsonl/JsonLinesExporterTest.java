package org.newsradar.export.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;

class JsonLinesExporterTest {
	@TempDir
	Path dir;

	private static StoryRecord record(String title) {
		return new StoryRecord("id-" + title, "page.txt", 0, title, null, null, null, null, "본문입니다.", List.of(),
			Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static final RunSummary SUMMARY = new RunSummary(1, 0, 0, 1, Map.of(), 0, Duration.ZERO);

	@Test
	void writesOneLinePerRecordOnCommit() throws Exception {
		try (ExportWriter w = new JsonLinesExporter().open(new ExportTarget(dir, Map.of()))) {
			w.story(record("첫 기사"));
			w.error(new SourceError("bad.html", "empty file"));
			w.commit(SUMMARY);
		}
		List<String> lines = Files.readAllLines(dir.resolve("stories.jsonl"), StandardCharsets.UTF_8);
		assertEquals(2, lines.size());
		assertTrue(lines.get(0).contains("\"title\":\"첫 기사\""), lines.get(0));
		assertEquals("{\"source\":\"bad.html\",\"error\":\"empty file\"}", lines.get(1));
	}

	@Test
	void anUncommittedRunLeavesThePreviousOutputAndNoTemporaryFile() throws Exception {
		Files.writeString(dir.resolve("stories.jsonl"), "previous\n");
		try (ExportWriter w = new JsonLinesExporter().open(new ExportTarget(dir, Map.of()))) {
			w.story(record("중단된 기사"));
		}
		assertEquals("previous\n", Files.readString(dir.resolve("stories.jsonl")));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void theNextRunRemovesThePartFileOfAKilledRunAndNothingElse() throws Exception {
		// what a run killed with SIGKILL leaves: its part file, unlocked now that its process is gone
		Files.writeString(dir.resolve(".stories.jsonl.5d0c1a4e-2b7f-4c3d-8e6a-9f1b2c3d4e5f.partial"), "{\"id\":\"ha");
		Files.writeString(dir.resolve("stories.jsonl.partial"), "the user's own file");
		try (ExportWriter w = new JsonLinesExporter().open(new ExportTarget(dir, Map.of()))) {
			w.story(record("다음 실행"));
			w.commit(SUMMARY);
		}
		try (var files = Files.list(dir)) {
			assertEquals(List.of("stories.jsonl", "stories.jsonl.partial"),
				files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}
}
