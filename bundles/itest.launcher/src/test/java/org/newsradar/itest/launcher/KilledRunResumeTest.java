package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./newsradar classify} killed with SIGKILL in the middle of a run, then run again with
 * {@code --resume}: the outputs come out byte for byte as an uninterrupted run writes them (no
 * story twice, none lost), and nothing half-written was ever published.
 */
class KilledRunResumeTest {
	/** Enough generated pages that the run is still going when it is killed. */
	private static final String INPUT = "synthetic:1200:42";
	private static final String JOURNAL = ".newsradar-run.journal";

	@TempDir
	Path work;

	@Test
	void aRunKilledMidwayAndResumedWritesWhatAnUninterruptedRunWrites() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path out = work.resolve("out");
		Process killed = newsradar.start((Path) null, work.resolve("killed.out"), work.resolve("killed.err"), "classify", INPUT,
			"--out", out.toString(), "--format", "jsonl,csv");
		Path journal = out.resolve(JOURNAL);
		// kill once a hundred and fifty pages are done, well before the end
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (pagesIn(journal) < 150 && killed.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(killed.isAlive(), "the run was still going when it was to be killed");
		Newsradar.killJvm(killed);
		long done = pagesIn(journal);
		assertTrue(done >= 150 && done < 1200, "killed midway, after " + done + " pages");
		assertFalse(Files.exists(out.resolve("stories.jsonl")), "no output is published before the run completes");
		assertFalse(Files.exists(out.resolve("stories.csv")), "no output is published before the run completes");
		assertEquals(2, partFiles(out).size(), "the killed run left its part files: " + partFiles(out));

		Newsradar.Result resumed = newsradar.run(work, null, "classify", INPUT, "--out", out.toString(), "--format",
			"jsonl,csv", "--resume");
		assertEquals(0, resumed.status(), resumed::toString);
		assertTrue(resumed.err().contains("pages done before the interruption"), resumed::err);
		assertFalse(Files.exists(journal), "the journal is gone once the outputs are in place");
		assertEquals(List.of(), partFiles(out), "the resumed run removed the killed run's part files");

		Path reference = work.resolve("reference");
		Newsradar.Result uninterrupted = newsradar.run(work, null, "classify", INPUT, "--out", reference.toString(),
			"--format", "jsonl,csv");
		assertEquals(0, uninterrupted.status(), uninterrupted::toString);
		assertArrayEquals(Files.readAllBytes(reference.resolve("stories.jsonl")), Files.readAllBytes(out.resolve("stories.jsonl")));
		assertArrayEquals(Files.readAllBytes(reference.resolve("stories.csv")), Files.readAllBytes(out.resolve("stories.csv")));
	}

	@Test
	void resumingWithOtherInputsIsRefusedAndLeavesNoOutput() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path out = work.resolve("out");
		Process killed = newsradar.start((Path) null, work.resolve("killed.out"), work.resolve("killed.err"), "classify", INPUT,
			"--out", out.toString(), "--format", "jsonl");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (pagesIn(out.resolve(JOURNAL)) < 20 && killed.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		Newsradar.killJvm(killed);
		Newsradar.Result r = newsradar.run(work, null, "classify", "synthetic:1200:43", "--out", out.toString(), "--format",
			"jsonl", "--resume");
		assertEquals(2, r.status(), r::toString);
		assertTrue(r.err().contains("cannot resume"), r::err);
		assertFalse(Files.exists(out.resolve("stories.jsonl")));
	}

	/** @return the names of the exporters' hidden part files in {@code dir} */
	private static List<String> partFiles(Path dir) throws java.io.IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".partial")).toList();
		}
	}

	/** @return how many pages the journal closes (its lines that end a page) */
	private static long pagesIn(Path journal) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(journal);
		} catch (java.io.IOException notYet) {
			return 0;
		}
		byte[] marker = "{\"t\":\"page\"".getBytes(StandardCharsets.UTF_8);
		long pages = 0;
		for (int i = 0; i + marker.length <= bytes.length; i++) {
			if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
				pages++;
			}
		}
		return pages;
	}
}
