package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.PageReader;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.ServiceRegistration;

/** A reader that fails with an Error, not an exception, costs its page only: the run goes on. */
class FaultyReaderTest {

	@Test
	void aReaderWhoseAssertionFailsYieldsOneErrorRecordAndTheOtherPagesAreRead() throws IOException {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put("service.ranking", 1000);
		ServiceRegistration<PageReader> asserting = Framework.context().registerService(PageReader.class, new PageReader() {
			@Override
			public boolean accepts(Page page) {
				return page.source().endsWith("asserting.txt");
			}

			@Override
			public List<Story> read(Page page) {
				throw new AssertionError("the reader's invariant broke");
			}
		}, props);
		Path dir = Files.createTempDirectory("newsradar-faulty-reader");
		for (String name : List.of("asserting.txt", "good.txt")) {
			Files.writeString(dir.resolve(name), "면 소식\n\n면사무소 앞 느티나무 아래에서 작은 음악회가 열렸다. 이웃들이 함께 노래했다.\n",
				StandardCharsets.UTF_8);
		}
		try {
			List<String> errors = new ArrayList<>();
			List<String> stories = new ArrayList<>();
			RunSummary s = Framework.service(Pipeline.class).process(List.of(dir.toString()), new RecordSink() {
				@Override
				public void story(StoryRecord record) {
					stories.add(record.source());
				}

				@Override
				public void error(SourceError error) {
					errors.add(error.source() + ": " + error.error());
				}
			});
			assertEquals(1, errors.size(), errors::toString);
			assertTrue(errors.get(0).contains("asserting.txt") && errors.get(0).contains("the reader's invariant broke"),
				errors.get(0));
			assertEquals(List.of(dir.resolve("good.txt").toString()), stories);
			assertEquals(1, s.failedSources());
		} finally {
			asserting.unregister();
		}
	}
}
