package org.newsradar.export.part;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileTest {
	private static final String LEFT_BY_A_KILLED_RUN = ".stories.jsonl.0b7e3d7a-5c1f-4b8e-9a53-2f4d1c6e8a90.partial";

	@TempDir
	Path dir;

	private Path target() {
		return dir.resolve("stories.jsonl");
	}

	private List<String> files() throws IOException {
		try (Stream<Path> all = Files.list(dir)) {
			return all.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aPartLeftByAKilledRunIsRemovedWhenTheNextPartIsCreated() throws IOException {
		Files.writeString(dir.resolve(LEFT_BY_A_KILLED_RUN), "{\"id\":\"half");
		Files.writeString(dir.resolve(".report.html.0b7e3d7a-5c1f-4b8e-9a53-2f4d1c6e8a90.stories.partial"), "<article>");

		try (PartFile part = PartFile.create(target(), null)) {
			assertEquals(List.of(".report.html.0b7e3d7a-5c1f-4b8e-9a53-2f4d1c6e8a90.stories.partial",
				part.path().getFileName().toString()), files(), "only the leftover of the same output goes");
		}
	}

	@Test
	void theUsersOwnFilesWithSimilarNamesStay() throws IOException {
		List<String> users = List.of(".stories.jsonl.backup.partial", ".stories.jsonl.partial", "stories.jsonl.partial",
			"stories.jsonl.0b7e3d7a-5c1f-4b8e-9a53-2f4d1c6e8a90.partial",
			".stories.jsonl.0b7e3d7a-5c1f-4b8e-9a53-2f4d1c6e8a90.partial.bak", "stories.jsonl");
		for (String name : users) {
			Files.writeString(dir.resolve(name), "mine");
		}

		assertEquals(0, PartFile.removeLeftovers(target()));
		assertEquals(users.stream().sorted().toList(), files());
	}

	@Test
	void thePartOfAWriterStillWritingStays() throws IOException {
		try (PartFile writing = PartFile.create(target(), null)) {
			writing.writer().write("{\"id\":\"a\"}\n");

			assertEquals(0, PartFile.removeLeftovers(target()));
			try (PartFile second = PartFile.create(target(), null)) {
				assertTrue(Files.exists(writing.path()));
				assertTrue(Files.exists(second.path()));
			}
			writing.moveTo(target());
		}
		assertEquals("{\"id\":\"a\"}\n", Files.readString(target()));
	}

	@Test
	void movingIntoPlaceReplacesTheOutputAndLeavesNoPart() throws IOException {
		Files.writeString(target(), "previous run\n");
		try (PartFile part = PartFile.create(target(), "stories")) {
			assertTrue(part.path().getFileName().toString().matches("\\.stories\\.jsonl\\.[0-9a-f-]{36}\\.stories\\.partial"));
			part.writer().write("데이터센터\n");
			part.moveTo(target());
		}
		assertEquals("데이터센터\n", Files.readString(target(), StandardCharsets.UTF_8));
		assertEquals(List.of("stories.jsonl"), files());
	}

	@Test
	void closingWithoutMovingDiscardsThePartAndKeepsThePreviousOutput() throws IOException {
		Files.writeString(target(), "previous run\n");
		try (PartFile part = PartFile.create(target(), null)) {
			part.writer().write("half a run");
		}
		assertEquals("previous run\n", Files.readString(target()));
		assertEquals(List.of("stories.jsonl"), files());
	}

	@Test
	void aPartIsReadBackWhileItsWriterGoesOn() throws IOException {
		try (PartFile part = PartFile.create(target(), "stories")) {
			part.writer().write("<article>가</article>");
			StringWriter copy = new StringWriter();
			part.copyTo(copy);
			assertEquals("<article>가</article>", copy.toString());
			part.writer().write("<article>나</article>");
			part.moveTo(target());
		}
		assertEquals("<article>가</article><article>나</article>", Files.readString(target()));
	}
}
