package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-shot commands start through the quick launcher (launcher/src, OneShot) when the kept framework
 * state is the one the exported jar describes, and under the jar's bnd launcher, which brings the
 * state up to date, when it is not; both print the same and exit with the command's status.
 */
class QuickStartTest {
	/** What the quick launcher prints with -Dnewsradar.launcher.trace=true. */
	private static final String QUICK = "newsradar launcher: ";
	private static final String STARTED = "framework started";
	private static final String NOT_CURRENT = "state not current";

	@TempDir
	Path work;

	private Newsradar traced() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		newsradar.environment().put("NEWSRADAR_JAVA_OPTS", "-Dnewsradar.launcher.trace=true");
		return newsradar;
	}

	@Test
	void theFirstRunBringsTheStateUpToDateAndLaterRunsStartQuicklyFromIt() throws Exception {
		Newsradar newsradar = traced();
		Newsradar.Result first = newsradar.run(work, null, "topics");
		assertEquals(0, first.status(), first::toString);
		assertTrue(first.err().contains(NOT_CURRENT + ": jar/"), first::toString);
		assertFalse(first.err().contains(STARTED), first::toString);
		assertTrue(first.out().contains("smart_factory"), first::toString);

		Newsradar.Result second = newsradar.run(work, null, "topics");
		assertEquals(0, second.status(), second::toString);
		assertTrue(second.err().contains(STARTED), second::toString);
		assertFalse(second.err().contains(NOT_CURRENT), second::toString);
		// the trace tells the CPU time of each bundle's start
		assertTrue(second.err().matches("(?s).*start of org\\.newsradar\\.core took \\d+\\.\\d ms CPU.*"), second::toString);
		assertEquals(first.out(), second.out());
		assertTrue(Files.isRegularFile(newsradar.state().resolve("oneshot.jsa")), "the quick start's class-data archive");
	}

	@Test
	void aBundleWhoseRecordedDigestDiffersIsUpdatedByTheBndLauncherBeforeTheNextQuickStart() throws Exception {
		Newsradar newsradar = traced();
		assertEquals(0, newsradar.run(work, null, "topics").status());
		Path digests = newsradar.state().resolve("felix-cache/bundle0/.bnd.launcher");
		Path digest;
		try (Stream<Path> files = Files.list(digests)) {
			digest = files.filter(Files::isRegularFile).findFirst().orElseThrow();
		}
		Files.writeString(digest, "not the digest of the jar's bundle", StandardCharsets.UTF_8);

		Newsradar.Result changed = newsradar.run(work, null, "classifiers");
		assertEquals(0, changed.status(), changed::toString);
		assertTrue(changed.err().contains(NOT_CURRENT) && changed.err().contains(" changed"), changed::toString);
		assertTrue(changed.out().contains("org.newsradar.classifier.csr"), changed::toString);

		Newsradar.Result quick = newsradar.run(work, null, "classifiers");
		assertEquals(0, quick.status(), quick::toString);
		assertTrue(quick.err().contains(STARTED), quick::toString);
		assertEquals(withoutServiceIds(changed.out()), withoutServiceIds(quick.out()));
	}

	/** The classifiers table without its last column (service ids depend on the order of registrations). */
	private static List<String> withoutServiceIds(String table) {
		return table.lines().map(l -> l.substring(0, Math.max(0, l.stripTrailing().lastIndexOf(' ')))).toList();
	}

	/**
	 * SCR keeps the component descriptions it read (ds.cache.metadata) in the framework state, and
	 * a run from that cache serves what a run that parsed the descriptors served.
	 */
	@Test
	void componentDescriptionsAreKeptInTheStateAndServeTheSameComponents() throws Exception {
		Newsradar newsradar = traced();
		Newsradar.Result parsed = newsradar.run(work, null, "classifiers");
		assertEquals(0, parsed.status(), parsed::toString);
		Path store;
		try (Stream<Path> files = Files.walk(newsradar.state().resolve("felix-cache"))) {
			store = files.filter(f -> f.getFileName().toString().equals("componentMetadataStore")).findFirst()
				.orElseThrow(() -> new AssertionError("SCR kept no component descriptions"));
		}
		assertTrue(Files.size(store) > 0, store::toString);
		Newsradar.Result cached = newsradar.run(work, null, "classifiers");
		assertEquals(0, cached.status(), cached::toString);
		assertEquals(withoutServiceIds(parsed.out()), withoutServiceIds(cached.out()));
	}

	/** Status 3 and the stories of the readable source, written and closed before the JVM exits. */
	@Test
	void aQuickStartExitsWithTheCommandsStatusAfterItsOutputIsWritten() throws Exception {
		Newsradar newsradar = traced();
		assertEquals(0, newsradar.run(work, null, "topics").status());
		Path pages = Files.createDirectories(work.resolve("pages"));
		Files.writeString(pages.resolve("good.txt"), "가온전자, 구미 공장 스마트팩토리 전환\n\n"
			+ "가온전자가 구미 공장에 제조실행시스템과 협동로봇을 들여 스마트팩토리 전환을 마쳤다고 2일 밝혔다.\n", StandardCharsets.UTF_8);
		Files.createFile(pages.resolve("empty.txt"));
		Path out = work.resolve("out");
		Newsradar.Result r = newsradar.run(work, null, "classify", pages.toString(), "--out", out.toString(), "--format",
			"jsonl,csv");
		assertEquals(3, r.status(), r::toString);
		assertTrue(r.err().contains(STARTED), r::toString);
		List<String> lines = Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8);
		assertEquals(2, lines.size(), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"error\":\"empty file\"")), lines::toString);
		assertTrue(Files.size(out.resolve("stories.csv")) > 0, "stories.csv is written");

		Newsradar.Result usage = newsradar.run(work, null, "no-such-command");
		assertEquals(2, usage.status(), usage::toString);
		assertTrue(usage.err().contains(STARTED) && usage.err().contains("unknown command"), usage::toString);
	}

	/** The shell, a run on a temporary state and NEWSRADAR_LAUNCHER=bnd use the bnd launcher alone. */
	@Test
	void theShellAndRunsOnATemporaryStateUseTheBndLauncher() throws Exception {
		Newsradar newsradar = traced();
		assertEquals(0, newsradar.run(work, null, "topics").status());

		Path input = work.resolve("commands.txt");
		Files.writeString(input, "radar:topics\n");
		Newsradar.Result shell = newsradar.run(work, input);
		assertEquals(0, shell.status(), shell::toString);
		assertTrue(shell.out().contains("smart_factory"), shell::toString);
		assertFalse(shell.err().contains(QUICK), shell::toString);

		newsradar.environment().put("NEWSRADAR_LAUNCHER", "bnd");
		Newsradar.Result bnd = newsradar.run(work, null, "topics");
		assertEquals(0, bnd.status(), bnd::toString);
		assertFalse(bnd.err().contains(QUICK), bnd::toString);
		newsradar.environment().remove("NEWSRADAR_LAUNCHER");

		// another newsradar holds the state (this test's JVM stands in for it): a temporary state
		Files.writeString(newsradar.state().resolve("pid"), Long.toString(ProcessHandle.current().pid()));
		Newsradar.Result temporary = newsradar.run(work, null, "topics");
		assertEquals(0, temporary.status(), temporary::toString);
		assertTrue(temporary.err().contains("using temporary state"), temporary::toString);
		assertFalse(temporary.err().contains(QUICK), temporary::toString);
		assertTrue(temporary.out().contains("smart_factory"), temporary::toString);
	}
}
