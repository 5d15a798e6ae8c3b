package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.ingest.PageSource;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * A folder of bad inputs generated here, beside good pages, classified in one run: each bad source
 * yields exactly one error record saying why, every good page is exported, and the run and the
 * container carry on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
	private static final String ARTICLE_TITLE = "세움정밀, 창원 공장 스마트팩토리 전환 완료";
	private static final String ARTICLE = "누리일보\n홈 | 경제 | 사회 | 지역\n\n" + ARTICLE_TITLE + "\n\n입력 2025.03.04 10:20\n김하늘 기자\n\n"
		+ "세움정밀이 창원 공장의 전 공정을 자동화하고 제조실행시스템(MES)을 연동한 스마트팩토리 전환을 마쳤다고 4일 밝혔다.\n\n"
		+ "공장에는 설비마다 센서가 달려 가동 상태와 품질 데이터를 실시간으로 수집하고, 인공지능이 이상 징후를 미리 알려준다.\n\n"
		+ "전환 이후 불량률은 절반 가까이 줄었다고 회사는 설명했다.\n\nCopyright ⓒ 누리일보. All rights reserved.\n";
	private static final String LYING_TITLE = "누리데이터, 천안에 데이터센터 착공";
	private static final Charset EUC_KR = Charset.forName("x-windows-949");

	private Path dir;
	private RunSummary summary;
	/** Records of stories.jsonl by source: story records, or the one error record. */
	private final Map<String, List<Map<?, ?>>> bySource = new TreeMap<>();
	private boolean rootReadsLockedFiles;

	@BeforeAll
	void classifyAFolderOfBadAndGoodInputs() throws IOException {
		dir = Files.createTempDirectory("newsradar-bad-inputs");
		Files.writeString(dir.resolve("good.txt"), ARTICLE, StandardCharsets.UTF_8);
		Files.write(dir.resolve("good-euc-kr.html"), ("<html><head><meta charset=\"euc-kr\"><title>" + ARTICLE_TITLE
			+ "</title></head><body><h1>" + ARTICLE_TITLE + "</h1>" + paragraphs() + "</body></html>").getBytes(EUC_KR));
		Files.createFile(dir.resolve("empty.txt"));
		byte[] png = new byte[4096];
		for (int i = 0; i < png.length; i++) {
			png[i] = (byte) (i * 31);
		}
		Files.write(dir.resolve("binary.html"), png);
		byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
		byte[] withNul = text.clone();
		withNul[text.length / 2] = 0;
		Files.write(dir.resolve("nul-bytes.txt"), withNul);
		Files.write(dir.resolve("truncated-utf8.txt"), cutInsideLastHangul(ARTICLE, StandardCharsets.UTF_8));
		Files.write(dir.resolve("truncated-euc-kr.txt"), cutInsideLastHangul(ARTICLE, EUC_KR));
		// declares EUC-KR, is UTF-8: read as what it is, not as mojibake
		Files.write(dir.resolve("lying-charset.html"), ("<html><head><meta charset=\"euc-kr\"><title>" + LYING_TITLE
			+ "</title></head><body><h1>" + LYING_TITLE + "</h1><p>누리데이터가 천안시에 40MW 규모의 데이터센터를 짓는다고 4일 밝혔다."
			+ " 총사업비는 3,200억 원이며 내년 하반기 가동이 목표다.</p><p>회사는 운영 인력 200명을 지역에서 뽑기로 했다.</p></body></html>")
			.getBytes(StandardCharsets.UTF_8));
		writeFiftyMegabytePage(dir.resolve("fifty-megabytes.html"));
		Files.writeString(dir.resolve("deep-nesting.html"), "<html><head><title>" + ARTICLE_TITLE + "</title></head><body>"
			+ "<div>".repeat(100_000) + paragraphs() + "</div>".repeat(100_000) + "</body></html>");
		Files.createDirectories(dir.resolve("sub"));
		Files.createSymbolicLink(dir.resolve("sub/loop"), Path.of(".."));
		Files.createSymbolicLink(dir.resolve("broken-link.txt"), Path.of("nowhere.txt"));
		Path locked = dir.resolve("unreadable.txt");
		Files.writeString(locked, ARTICLE);
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		// root reads files whatever their mode: then the file is simply a good page
		rootReadsLockedFiles = Files.isReadable(locked);

		Path out = Files.createTempDirectory("newsradar-bad-inputs-out");
		summary = Framework.service(Pipeline.class).run(new RunRequest(List.of(dir.toString()), out, Set.of("jsonl"),
			Map.of(), line -> {}));
		for (String line : Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
			Map<?, ?> record = (Map<?, ?>) Json.parse(line);
			String source = Path.of((String) record.get("source")).getFileName().toString();
			bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(record);
		}
	}

	private static String paragraphs() {
		StringBuilder sb = new StringBuilder();
		ARTICLE.lines().filter(l -> l.endsWith("다.")).forEach(l -> sb.append("<p>").append(l).append("</p>"));
		return sb.toString();
	}

	/** @return the text's bytes, cut after the first byte of its last Hangul syllable */
	private static byte[] cutInsideLastHangul(String text, Charset charset) {
		int last = text.length() - 1;
		while (text.charAt(last) < '가' || text.charAt(last) > '힣') {
			last--;
		}
		int cut = text.substring(0, last).getBytes(charset).length + 1;
		byte[] all = text.getBytes(charset);
		return java.util.Arrays.copyOf(all, cut);
	}

	private static void writeFiftyMegabytePage(Path file) throws IOException {
		byte[] paragraph = ("<p>" + "지역 상인회는 방문객이 늘어나면서 매출도 눈에 띄게 회복되고 있다고 전했다. ".repeat(40) + "</p>\n")
			.getBytes(StandardCharsets.UTF_8);
		try (OutputStream o = Files.newOutputStream(file)) {
			o.write("<html><head><meta charset=\"utf-8\"><title>큰 페이지</title></head><body>".getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
				o.write(paragraph);
			}
			o.write("</body></html>".getBytes(StandardCharsets.UTF_8));
		}
	}

	/** @return the reason of the source's one error record, failing unless it has exactly that */
	private String onlyError(String source) {
		List<Map<?, ?>> records = bySource.getOrDefault(source, List.of());
		assertEquals(1, records.size(), () -> source + " should give one error record, gave " + records);
		Object error = records.get(0).get("error");
		assertTrue(error instanceof String, () -> source + " gave a story, not an error: " + records);
		return (String) error;
	}

	private void assertExported(String source) {
		List<Map<?, ?>> records = bySource.getOrDefault(source, List.of());
		assertTrue(!records.isEmpty() && records.stream().allMatch(r -> r.get("error") == null && r.get("id") != null),
			() -> source + " should be exported as stories, gave " + records);
	}

	@Test
	void anEmptyFileYieldsOneErrorRecord() {
		assertTrue(onlyError("empty.txt").contains("empty"));
	}

	@Test
	void aBinaryFileYieldsOneErrorRecord() {
		assertTrue(onlyError("binary.html").contains("binary"));
	}

	@Test
	void nulBytesInTextYieldOneErrorRecord() {
		assertTrue(onlyError("nul-bytes.txt").contains("NUL"));
	}

	@Test
	void truncatedUtf8YieldsOneErrorRecord() {
		assertTrue(onlyError("truncated-utf8.txt").contains("truncated"));
	}

	@Test
	void truncatedEucKrYieldsOneErrorRecord() {
		assertTrue(onlyError("truncated-euc-kr.txt").contains("truncated"));
	}

	@Test
	void aFiftyMegabytePageYieldsOneErrorRecordWithoutBeingRead() {
		assertTrue(onlyError("fifty-megabytes.html").contains("too large"));
	}

	@Test
	void aFolderLoopYieldsOneErrorRecord() {
		assertTrue(onlyError("loop").contains("folder loop"));
	}

	@Test
	void aBrokenSymbolicLinkYieldsOneErrorRecord() {
		assertTrue(onlyError("broken-link.txt").contains("broken symbolic link"));
	}

	@Test
	void anUnreadableFileYieldsOneErrorRecordOrIsReadByRoot() {
		if (rootReadsLockedFiles) {
			assertExported("unreadable.txt"); // the tests run as root here: mode 000 does not stop root
		} else {
			assertTrue(onlyError("unreadable.txt").contains("cannot read"));
		}
	}

	@Test
	void aHundredThousandDeepPageYieldsOneOutcomeAndTheRunGoesOn() {
		List<Map<?, ?>> records = bySource.getOrDefault("deep-nesting.html", List.of());
		assertTrue(records.size() == 1 || records.stream().allMatch(r -> r.get("id") != null), records::toString);
	}

	@Test
	void aPageWhoseDeclaredCharsetLiesIsReadAsWhatItIs() {
		assertExported("lying-charset.html");
		assertEquals(LYING_TITLE, bySource.get("lying-charset.html").get(0).get("title"));
	}

	@Test
	void goodPagesInTheSameRunAreExported() {
		assertExported("good.txt");
		assertExported("good-euc-kr.html");
		assertEquals(ARTICLE_TITLE, bySource.get("good-euc-kr.html").get(0).get("title"));
	}

	@Test
	void theSummaryCountsEachFailedSourceOnce() {
		long errorRecords = bySource.values().stream().flatMap(List::stream).filter(r -> r.get("error") != null).count();
		assertEquals(errorRecords, summary.failedSources());
		assertTrue(errorRecords >= 8, () -> "error records: " + errorRecords);
	}

	@Test
	void theContainerIsUnharmed() {
		for (Bundle b : Framework.context().getBundles()) {
			boolean fragment = b.getHeaders("").get("Fragment-Host") != null;
			assertTrue(fragment || b.getState() == Bundle.ACTIVE, () -> b.getSymbolicName() + " is in state " + b.getState());
		}
	}

	@Test
	void theClassifyCommandEndsWithExitStatusThreeWhenSomeSourceFailed() throws Exception {
		ServiceReference<?>[] refs = Framework.context().getServiceReferences("org.newsradar.core.shell.RadarShellCommands", null);
		assertTrue(refs != null && refs.length == 1, "the radar shell commands are registered");
		Object commands = Framework.context().getService(refs[0]);
		Method classify = commands.getClass().getMethod("classify", String[].class);
		String out = Files.createTempDirectory("newsradar-bad-inputs-status").toString();
		String text = (String) classify.invoke(commands,
			(Object) new String[] { dir.toString(), "--out", out, "--format", "jsonl" });
		assertTrue(text.endsWith("exit status 3"), text);
	}

	@Test
	void aPageSourceThatThrowsYieldsOneErrorRecordAndTheOtherInputsAreRead() {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put("service.ranking", 1000);
		ServiceRegistration<PageSource> throwing = Framework.context().registerService(PageSource.class, new PageSource() {
			@Override
			public boolean accepts(String input) {
				return input.startsWith("itest-throwing:");
			}

			@Override
			public void open(String input, PageSink sink) {
				throw new IllegalStateException("the feed server hung up");
			}
		}, props);
		try {
			List<String> errors = new ArrayList<>();
			RunSummary s = Framework.service(Pipeline.class).process(
				List.of("itest-throwing:feed", dir.resolve("good.txt").toString()), new RecordSink() {
					@Override
					public void story(StoryRecord record) {
					}

					@Override
					public void error(SourceError error) {
						errors.add(error.error());
					}
				});
			assertEquals(1, errors.size(), errors::toString);
			assertTrue(errors.get(0).contains("the feed server hung up"), errors.get(0));
			assertEquals(1, s.stories());
		} finally {
			throwing.unregister();
		}
	}
}
