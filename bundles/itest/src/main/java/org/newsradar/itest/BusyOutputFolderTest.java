package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.ingest.PageSource;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.ServiceRegistration;

/**
 * A second run into a folder that a run is writing is turned away before it opens any output: no
 * database file is created, nothing of the first run is disturbed, and the first run completes.
 */
class BusyOutputFolderTest {

	@Test
	void aSecondRunIntoABusyFolderIsTurnedAwayBeforeOpeningItsOutputs() throws Exception {
		Pipeline pipeline = Framework.service(Pipeline.class);
		CountDownLatch delivering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Hashtable<String, Object> props = new Hashtable<>();
		props.put("service.ranking", 1000);
		// a feed that holds the first run in the middle of its input until the test lets it go
		ServiceRegistration<PageSource> slow = Framework.context().registerService(PageSource.class, new PageSource() {
			@Override
			public boolean accepts(String input) {
				return input.startsWith("itest-slow:");
			}

			@Override
			public void open(String input, PageSink sink) {
				delivering.countDown();
				try {
					release.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				sink.page(new RawPage(input, ("느린 소식\n\n군청 앞 광장에 작은 장터가 열려 주민들이 모였다. 장터는 매주 열린다.\n")
					.getBytes(StandardCharsets.UTF_8), "text/plain"));
			}
		}, props);
		Path out = Files.createTempDirectory("newsradar-busy-out");
		try {
			CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(
				() -> pipeline.run(new RunRequest(List.of("itest-slow:feed"), out, Set.of("jsonl"), Map.of(), null)));
			assertTrue(delivering.await(20, TimeUnit.SECONDS), "the first run reached its input");

			UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> pipeline.run(
				new RunRequest(List.of("itest-slow:other"), out, Set.of("jsonl", "sqlite"), Map.of(), null)));

			assertTrue(e.getMessage().contains("another newsradar run is writing into"), e.getMessage());
			assertFalse(Files.exists(out.resolve("newsradar.db")), "the second run opened no database");
			release.countDown();
			assertEquals(1, first.get(20, TimeUnit.SECONDS).stories());
			try (var files = Files.list(out)) {
				assertEquals(List.of("stories.jsonl"), files.map(p -> p.getFileName().toString()).toList());
			}
		} finally {
			release.countDown();
			slow.unregister();
		}
	}
}
