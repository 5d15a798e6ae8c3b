package org.newsradar.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Runs the readers over the project's shared labelled pages when they are present beside the clone
 * (../shared) and writes target/shared-corpus.jsonl for score.py. Skipped in a clean clone.
 */
class SharedCorpusTest {
	private static final Path SHARED = Path.of(System.getProperty("basedir", "."), "../../../shared").normalize();

	@Test
	void everySharedPageYieldsStories() throws Exception {
		Path seeds = SHARED.resolve("seeds");
		Path dev = SHARED.resolve("dev/docs");
		assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(dev), "no ../shared pages here");
		Path out = Path.of(System.getProperty("basedir", "."), "target/shared-corpus.jsonl");
		List<Path> dirs = List.of(seeds, dev);
		new CorpusRun().write(out, dirs);
		long errors = Files.readAllLines(out).stream().filter(l -> l.contains("\"error\":")).count();
		assertEquals(0, errors, "pages that gave no stories, see " + out);
	}
}
