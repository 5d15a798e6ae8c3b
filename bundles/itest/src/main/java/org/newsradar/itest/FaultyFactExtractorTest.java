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
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.facts.FactExtractor;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * A fact extractor that throws, hangs or answers nothing costs the story its facts only: the story
 * is still written and classified, the failure is in its errors and counted in the summary.
 */
class FaultyFactExtractorTest {
	private static final Story STORY = Story.of("데이터센터 착공", "새 데이터센터가 세종시에서 착공했다. 사업비는 5천억 원이다.");
	private final CountDownLatch release = new CountDownLatch(1);
	private ServiceRegistration<FactExtractor> registration;

	@AfterEach
	void unregister() {
		release.countDown();
		if (registration != null) {
			registration.unregister();
		}
	}

	/** Registers {@code extractor} above the installed one. */
	private void register(FactExtractor extractor) {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put("service.ranking", 1000);
		registration = Framework.context().registerService(FactExtractor.class, extractor, props);
	}

	private static String label() {
		Bundle self = Framework.context().getBundle();
		return self.getSymbolicName() + " " + self.getVersion();
	}

	private static StoryRecord process() {
		return Framework.service(Pipeline.class).process("facts.txt", 0, STORY);
	}

	private static void assertStoryKeptWithoutFacts(StoryRecord r) {
		assertTrue(r.scores().keySet().containsAll(List.of("data_center", "smart_factory", "csr_event")),
			r.scores()::toString);
		assertEquals(List.of(), r.regions());
		assertEquals(List.of(), r.amountsKrw());
	}

	@Test
	void aThrowingExtractorIsRecordedInErrors() {
		register(story -> {
			throw new IllegalStateException("gazetteer missing");
		});
		StoryRecord r = process();
		assertEquals(List.of("facts: " + label() + " failed: java.lang.IllegalStateException: gazetteer missing"),
			r.errors());
		assertStoryKeptWithoutFacts(r);
	}

	@Test
	void aHangingExtractorTimesOutAndTheStoryIsStillWritten() {
		register(story -> {
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return null;
		});
		StoryRecord r = process();
		assertEquals(1, r.errors().size(), r.errors()::toString);
		assertTrue(r.errors().get(0).startsWith("facts: " + label() + " timed out after"), r.errors().get(0));
		assertStoryKeptWithoutFacts(r);
	}

	@Test
	void anExtractorAnsweringNothingIsRecordedInErrors() {
		register(story -> null);
		StoryRecord r = process();
		assertEquals(List.of("facts: " + label() + " returned no facts"), r.errors());
		assertStoryKeptWithoutFacts(r);
	}

	@Test
	void theSummaryCountsTheStoriesWhoseFactsFailed() throws IOException {
		register(story -> {
			throw new IllegalStateException("gazetteer missing");
		});
		Path dir = Files.createTempDirectory("newsradar-faulty-facts");
		Files.writeString(dir.resolve("a.txt"), "주민 센터 개관\n\n읍내에 주민 센터가 문을 열었다. 주민들은 오랜만에 모일 곳이"
			+ " 생겼다며 반겼다.\n", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("b.txt"), "마을 도서관 재개관\n\n마을 도서관이 석 달 동안의 공사를 마치고 새로 단장해"
			+ " 다시 문을 열었다.\n", StandardCharsets.UTF_8);
		List<StoryRecord> records = new ArrayList<>();
		RunSummary summary = Framework.service(Pipeline.class).process(List.of(dir.toString()), new RecordSink() {
			@Override
			public void story(StoryRecord record) {
				records.add(record);
			}

			@Override
			public void error(SourceError error) {
			}
		});
		assertEquals(2, records.size(), records::toString);
		assertEquals(records.size(), summary.storyErrors(), summary::describe);
	}
}
