package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * An exporter that fails, at open or in the middle of a run, ends the run with a message naming
 * its format: no output is replaced, no part file is left behind, and the run journal stays so
 * that the run can be resumed without the broken format.
 */
class FaultyExporterTest {
	private static final String PREVIOUS = "{\"previous\":true}\n";
	private static final int PAGES = 5;
	private static final String JOURNAL = ".newsradar-run.journal";

	private final Pipeline pipeline = Framework.service(Pipeline.class);
	private ServiceRegistration<Exporter> registration;
	private Path pages;
	private Path out;

	@BeforeEach
	void writePagesAndAPreviousOutput() throws IOException {
		pages = Files.createTempDirectory("newsradar-faulty-exporter-pages");
		for (int i = 0; i < PAGES; i++) {
			Files.writeString(pages.resolve("page-" + i + ".txt"), "읍내 소식 " + i + "\n\n장터 골목에 새 가게 " + i
				+ "곳이 문을 열었다. 주민들은 오랜만에 활기가 돈다고 말했다.\n", StandardCharsets.UTF_8);
		}
		out = Files.createTempDirectory("newsradar-faulty-exporter-out");
		Files.writeString(out.resolve("stories.jsonl"), PREVIOUS);
	}

	@AfterEach
	void unregister() {
		if (registration != null) {
			registration.unregister();
		}
	}

	/** Registers {@code exporter} under {@code format}, for this test only. */
	private void register(String format, Exporter exporter) {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(Exporter.FORMAT, format);
		registration = Framework.context().registerService(Exporter.class, exporter, props);
	}

	private RunSummary run(Set<String> formats, Map<String, String> options) {
		return pipeline.run(new RunRequest(List.of(pages.toString()), out, formats, options, null));
	}

	private List<String> partFiles() throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList();
		}
	}

	@Test
	void anExporterThatThrowsOnOpenIsNamedAndNothingIsWritten() throws IOException {
		register("itest_broken_open", new BrokenExporter("itest_broken_open") {
			@Override
			public ExportWriter open(ExportTarget target) {
				throw new IllegalStateException("no licence for this format");
			}
		});

		UncheckedIOException e = assertThrows(UncheckedIOException.class,
			() -> run(Set.of("jsonl", "itest_broken_open"), Map.of()));

		assertTrue(e.getMessage().contains("cannot open the itest_broken_open output")
			&& e.getMessage().contains("no licence for this format"), e.getMessage());
		assertEquals(PREVIOUS, Files.readString(out.resolve("stories.jsonl")));
		assertEquals(List.of(), partFiles(), "the writers opened before it were closed");
	}

	@Test
	void theClassifyCommandEndsWithExitStatusOneAndLeavesThePreviousOutput() throws Exception {
		register("itest_broken_open", new BrokenExporter("itest_broken_open") {
			@Override
			public ExportWriter open(ExportTarget target) {
				throw new IllegalStateException("no licence for this format");
			}
		});
		ServiceReference<?>[] refs = Framework.context().getServiceReferences("org.newsradar.core.shell.RadarShellCommands",
			null);
		Object commands = Framework.context().getService(refs[0]);
		Method classify = commands.getClass().getMethod("classify", String[].class);

		String text = (String) classify.invoke(commands,
			(Object) new String[] { pages.toString(), "--out", out.toString(), "--format", "jsonl,itest_broken_open" });

		assertTrue(text.endsWith("exit status 1"), text);
		assertEquals(PREVIOUS, Files.readString(out.resolve("stories.jsonl")));
	}

	@Test
	void anExporterThatFailsMidRunEndsItNamedAndTheRunResumesWithoutIt() throws IOException {
		register("itest_broken_story", new BrokenExporter("itest_broken_story"));

		UncheckedIOException e = assertThrows(UncheckedIOException.class,
			() -> run(Set.of("jsonl", "itest_broken_story"), Map.of()));

		assertTrue(e.getMessage().contains("writing the itest_broken_story output failed")
			&& e.getMessage().contains("no space left on the itest device"), e.getMessage());
		assertEquals(PREVIOUS, Files.readString(out.resolve("stories.jsonl")), "no output replaced");
		assertEquals(List.of(), partFiles());
		assertTrue(Files.size(out.resolve(JOURNAL)) > 0, "the pages done are in the journal");

		RunSummary resumed = run(Set.of("jsonl"), Map.of("resume", "true"));
		assertEquals(PAGES, resumed.stories());
		assertEquals(PAGES, Files.readAllLines(out.resolve("stories.jsonl")).size());
		assertEquals(List.of(), partFiles());
	}

	/** An exporter whose writer takes two stories and fails on the third, as a full disk would. */
	private static class BrokenExporter implements Exporter {
		private final String format;

		BrokenExporter(String format) {
			this.format = format;
		}

		@Override
		public String format() {
			return format;
		}

		@Override
		public ExportWriter open(ExportTarget target) {
			return new ExportWriter() {
				private int stories;

				@Override
				public void story(StoryRecord record) throws IOException {
					if (++stories == 3) {
						throw new IOException("no space left on the itest device");
					}
				}

				@Override
				public void error(SourceError error) {
				}

				@Override
				public void commit(RunSummary summary) {
				}

				@Override
				public void close() {
				}
			};
		}
	}
}
