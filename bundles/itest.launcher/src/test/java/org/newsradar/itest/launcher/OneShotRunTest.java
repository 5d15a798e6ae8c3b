package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./newsradar} one-shot runs and the shell, as a user meets them. */
class OneShotRunTest {
	private static final String PAGE = "누리일보\n홈 | 경제 | 사회\n\n가온전자, 구미 공장 스마트팩토리 전환\n\n입력 2025.04.02 09:10\n이서준 기자\n\n"
		+ "가온전자가 구미 공장에 제조실행시스템과 협동로봇을 들여 스마트팩토리 전환을 마쳤다고 2일 밝혔다.\n\n"
		+ "설비마다 센서를 달아 가동 상태와 품질 데이터를 실시간으로 모으고 인공지능이 불량을 미리 잡아낸다.\n\n"
		+ "Copyright ⓒ 누리일보\n";

	@TempDir
	Path work;

	@Test
	void aRunWithAnUnreadableSourceExitsWithStatusThreeAndExportsTheRest() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path pages = Files.createDirectories(work.resolve("pages"));
		Files.writeString(pages.resolve("good.txt"), PAGE, StandardCharsets.UTF_8);
		Files.createFile(pages.resolve("empty.txt"));
		Path out = work.resolve("out");
		Newsradar.Result r = newsradar.run(work, null, "classify", pages.toString(), "--out", out.toString(), "--format", "jsonl");
		assertEquals(3, r.status(), r::toString);
		List<String> lines = Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8);
		assertEquals(2, lines.size(), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"error\":\"empty file\"")), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"title\":\"가온전자, 구미 공장 스마트팩토리 전환\"")), lines::toString);
	}

	/**
	 * {@code bench} prints the pipeline's rate beside the bare parse's, then the CPU time of each stage
	 * a page meets (decode, its reader, each topic's classifier, the facts), which add up to the total.
	 */
	@Test
	void benchShowsWhereThePipelinesTimeGoes() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path pages = Files.createDirectories(work.resolve("pages"));
		Files.writeString(pages.resolve("story.txt"), PAGE, StandardCharsets.UTF_8);
		Newsradar.Result r = newsradar.run(work, null, "bench", pages.toString(), "--runs", "2", "--warmup", "1");
		assertEquals(0, r.status(), r::toString);
		assertTrue(r.out().contains("ratio       : end-to-end time is "), r::out);
		Map<String, Double> micros = r.out().lines().filter(l -> l.matches("  \\S.* us .*"))
			.collect(Collectors.toMap(l -> l.substring(2, l.indexOf("  ", 2)).strip(),
				l -> Double.parseDouble(l.replaceAll("^.*?\\s([0-9.]+) us.*$", "$1"))));
		for (String stage : List.of("decode", "read org.newsradar.ingest.text 1.0.0", "classify csr_event",
			"classify data_center", "classify smart_factory", "facts")) {
			assertTrue(micros.getOrDefault(stage, 0.0) > 0, () -> stage + " not timed:\n" + r.out());
		}
		double sum = micros.entrySet().stream().filter(e -> !e.getKey().equals("all stages") && !e.getKey().startsWith("jsoup"))
			.mapToDouble(Map.Entry::getValue).sum();
		assertEquals(sum, micros.get("all stages"), 0.5, r::out);
	}

	/**
	 * The shell reads the console only: the workbench carries Gogo's JLine console shell, no remote
	 * shell bundle (telnet, SSH) and no command that would open one (the plain Gogo shell had
	 * telnetd).
	 */
	@Test
	void theShellIsConsoleOnly() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path input = work.resolve("commands.txt");
		Files.writeString(input, "lb -s\ntelnetd --help\n");
		Newsradar.Result r = newsradar.run(work, input);
		assertEquals(0, r.status(), r::toString);
		// lb's table rows: ID|State|Level|Symbolic name
		String bundles = r.out().lines().filter(l -> l.contains("|")).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
		assertTrue(bundles.contains("org.apache.felix.gogo.jline"), r::out);
		for (String remote : List.of("shell.remote", "sshd", "telnet")) {
			assertTrue(!bundles.contains(remote), () -> "a remote shell bundle ('" + remote + "') is installed:\n" + r.out());
		}
		assertTrue((r.out() + r.err()).contains("Command not found: telnetd"), r::toString);
	}

	/**
	 * Korean piped into the shell reaches the command as typed: folder and file names in Hangul (one
	 * with a space) are found and the output folder gets its Korean name, even under the bare C
	 * locale of containers and CI.
	 */
	@Test
	void koreanPipedIntoTheShellReachesTheCommandIntact() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		newsradar.environment().putAll(Map.of("LANG", "C", "LC_ALL", "C"));
		Path page = Files.createDirectories(work.resolve("지역 신문")).resolve("구미공장.txt");
		Files.writeString(page, PAGE, StandardCharsets.UTF_8);
		Path out = work.resolve("분류결과");
		Path input = work.resolve("commands.txt");
		Files.writeString(input, "radar:classify '" + page + "' --out '" + out + "' --format jsonl\n", StandardCharsets.UTF_8);
		Newsradar.Result r = newsradar.run(work, input);
		assertEquals(0, r.status(), r::toString);
		assertTrue(r.out().contains("wrote " + out + ": sources 1, failed 0"), r::toString);
		List<String> lines = Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8);
		assertEquals(1, lines.size(), lines::toString);
		assertTrue(lines.get(0).contains("\"title\":\"가온전자, 구미 공장 스마트팩토리 전환\""), lines::toString);
	}

	/**
	 * Whatever the workbench serves (an HTTP endpoint, if a bundle offers one) listens on the
	 * loopback address only: every listening TCP socket of the running JVM is bound to 127.0.0.1
	 * or ::1.
	 */
	@Test
	void everyListeningSocketIsBoundToLoopback() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux /proc shows sockets");
		Newsradar newsradar = new Newsradar(work);
		Path stdout = work.resolve("shell.out");
		// an open pipe as standard input keeps the shell running until the test is done
		Process shell = newsradar.start(ProcessBuilder.Redirect.PIPE, stdout, work.resolve("shell.err"));
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			// the shell starts last: once its prompt is out, every other bundle has started
			while (System.nanoTime() < deadline && !Files.readString(stdout).contains("g!")) {
				Thread.sleep(100);
			}
			Thread.sleep(1000); // a server bundle may bind its port a moment after it started
			ProcessHandle jvm = shell.descendants().filter(h -> h.info().command().orElse("").endsWith("java")).findFirst()
				.orElseThrow();
			List<String> listening = Sockets.listening(jvm.pid());
			List<String> exposed = listening.stream().filter(a -> !Sockets.isLoopback(a)).toList();
			assertEquals(List.of(), exposed, () -> "sockets listening beyond loopback");
		} finally {
			shell.getOutputStream().close(); // end of input: the shell stops the framework and exits
			if (!shell.waitFor(30, TimeUnit.SECONDS)) {
				shell.descendants().forEach(ProcessHandle::destroyForcibly);
				shell.destroyForcibly();
			}
		}
	}
}
