package org.newsradar.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.StoryRecord;

class RunJournalTest {
	@TempDir
	Path out;

	private static StoryRecord record(String source, int index) {
		return new StoryRecord(StoryIds.of(source, index), source, index, "데이터센터 착공", null, "누리일보", null, null,
			"본문 첫 줄\n둘째 줄 \"인용\"", List.of("data_center"), Map.of("data_center", 0.123456789, "csr_event", 0.0),
			Map.of("data_center", List.of(new Evidence("데이터센터", Evidence.TITLE, 0, 5))),
			Map.of("data_center", "org.newsradar.classifier.datacenter 1.0.0"), List.of("충청남도"), List.of("충청남도 천안시"),
			List.of(320_000_000_000L), List.of("5억 달러"), List.of(200L), List.of(40.5), List.of());
	}

	/** Takes the folder and begins its journal, as a run does. */
	private RunJournal open(boolean resume, java.util.function.Consumer<PageResult> replay) throws IOException {
		RunJournal journal = RunJournal.lock(out);
		journal.start(resume, replay);
		return journal;
	}

	private List<PageResult> writeTwoPages() throws IOException {
		List<PageResult> pages = List.of(new PageResult("a.html", List.of(record("a.html", 0), record("a.html", 1)), null),
			PageResult.failed("b.txt", "empty file"));
		try (RunJournal journal = open(false, p -> {})) {
			for (PageResult p : pages) {
				journal.append(p);
			}
		}
		return pages;
	}

	@Test
	void resumingReplaysEveryFinishedPageExactly() throws IOException {
		List<PageResult> written = writeTwoPages();
		List<PageResult> replayed = new ArrayList<>();
		try (RunJournal journal = open(true, replayed::add)) {
			assertEquals(2, journal.pages());
		}
		assertEquals(written, replayed);
	}

	@Test
	void aPageCutOffByAKillIsDroppedAndTheJournalGoesOnAfterTheLastFinishedPage() throws IOException {
		writeTwoPages();
		String half = "{\"t\":\"story\",\"id\":\"x\",\"source\":\"c.html\",\"story\":0,\"title\":\"반쯤 쓰";
		Files.writeString(out.resolve(RunJournal.FILE_NAME), half, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		try (RunJournal journal = open(true, p -> {})) {
			assertEquals(2, journal.pages());
			journal.append(new PageResult("c.html", List.of(record("c.html", 0)), null));
		}
		List<PageResult> replayed = new ArrayList<>();
		try (RunJournal journal = open(true, replayed::add)) {
			assertEquals(3, journal.pages());
		}
		assertEquals(List.of("a.html", "b.txt", "c.html"), replayed.stream().map(PageResult::source).toList());
	}

	@Test
	void aFreshRunStartsWithAnEmptyJournal() throws IOException {
		writeTwoPages();
		List<PageResult> replayed = new ArrayList<>();
		try (RunJournal journal = open(false, replayed::add)) {
			assertEquals(0, journal.pages());
		}
		assertEquals(List.of(), replayed);
		assertEquals(false, RunJournal.interrupted(out));
	}

	@Test
	void aRunThatEndsBeforeItsFirstPageLeavesNoJournal() throws IOException {
		try (RunJournal journal = RunJournal.lock(out)) {
			// say, an output failed to open
		}
		assertEquals(false, Files.exists(out.resolve(RunJournal.FILE_NAME)));
	}

	@Test
	void twoRunsCannotWriteIntoOneFolder() throws IOException {
		try (RunJournal first = open(false, p -> {})) {
			IOException e = assertThrows(IOException.class, () -> open(false, p -> {}));
			assertTrue(e.getMessage().contains("another newsradar run"), e.getMessage());
		}
	}

	@Test
	void aSecondRunTurnedAwayInThisProcessLeavesTheFolderHeldForOtherProcesses() throws Exception {
		try (RunJournal first = RunJournal.lock(out)) {
			assertThrows(IOException.class, () -> RunJournal.lock(out));
			assertTrue(probeFromAnotherProcess().startsWith("held: another newsradar run"));
		}
		assertEquals("taken", probeFromAnotherProcess());
	}

	private String probeFromAnotherProcess() throws IOException, InterruptedException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
			classpath, FolderProbe.class.getName(), out.toString()).redirectErrorStream(true).start();
		String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals(0, probe.waitFor(), said);
		return said;
	}

	@Test
	void theResumePointAcceptsTheSamePagesInTheSameOrder() throws IOException {
		writeTwoPages();
		try (RunJournal journal = open(true, p -> {})) {
			ResumePoint resume = new ResumePoint(journal.pages(), journal.namesDigest());
			assertTrue(resume.skip("a.html"));
			assertTrue(resume.skip("b.txt"));
			assertEquals(false, resume.skip("c.html"));
			resume.finish();
		}
	}

	@Test
	void theResumePointRefusesOtherInputs() throws IOException {
		writeTwoPages();
		try (RunJournal journal = open(true, p -> {})) {
			ResumePoint resume = new ResumePoint(journal.pages(), journal.namesDigest());
			resume.skip("b.txt");
			assertThrows(IllegalStateException.class, () -> resume.skip("a.html"));
		}
	}

	@Test
	void theResumePointRefusesInputsThatEndEarly() throws IOException {
		writeTwoPages();
		try (RunJournal journal = open(true, p -> {})) {
			ResumePoint resume = new ResumePoint(journal.pages(), journal.namesDigest());
			resume.skip("a.html");
			assertThrows(IllegalStateException.class, resume::finish);
		}
	}
}
