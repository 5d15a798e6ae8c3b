package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * A classifier leaves while a stream of stories is classified, in the middle of deciding one of
 * them: its service is unregistered (what stopping or uninstalling its bundle does) and from then
 * on it fails the way a deactivated component does. Every story is still exported once, the calls
 * it failed are recorded in those stories' errors and counted in the summary, and the other topics
 * never notice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifierLeavesMidRunTest {
	private static final int PAGES = 1200;
	private static final String TOPIC = "itest_leaving";
	/** The call that is cut short: the classifier leaves while deciding it. */
	private static final int CUT_CALL = 300;

	private final List<StoryRecord> records = new ArrayList<>();
	private final List<SourceError> errors = new ArrayList<>();
	private RunSummary summary;

	@BeforeAll
	void streamWhileTheClassifierLeaves() throws Exception {
		Path dir = Files.createTempDirectory("newsradar-leaving");
		ComposedPages.writeStream(dir, PAGES);
		AtomicBoolean gone = new AtomicBoolean();
		AtomicInteger calls = new AtomicInteger();
		CountDownLatch deciding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(TopicClassifier.TOPIC, TOPIC);
		ServiceRegistration<TopicClassifier> registration = Framework.context().registerService(TopicClassifier.class,
			new TopicClassifier() {
				@Override
				public String topic() {
					return TOPIC;
				}

				@Override
				public Classification classify(Story story) {
					if (calls.incrementAndGet() == CUT_CALL) {
						deciding.countDown();
						try {
							release.await();
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}
					if (gone.get()) {
						throw new IllegalStateException("deactivated: its bundle is gone");
					}
					return Classification.rejected(0.2);
				}
			}, props);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread remover = new Thread(() -> {
			try {
				if (deciding.await(60, TimeUnit.SECONDS)) {
					registration.unregister();
					gone.set(true);
				}
			} catch (Throwable t) {
				failure.set(t);
			} finally {
				release.countDown();
			}
		}, "itest-remover");
		remover.start();
		summary = Framework.service(Pipeline.class).process(List.of(dir.toString()), new RecordSink() {
			@Override
			public void story(StoryRecord record) {
				records.add(record);
			}

			@Override
			public void error(SourceError error) {
				errors.add(error);
			}
		});
		remover.join();
		assertNull(failure.get());
		assertTrue(gone.get(), "the classifier left during the run");
	}

	private List<StoryRecord> cutShort() {
		return records.stream().filter(r -> !r.errors().isEmpty()).toList();
	}

	@Test
	void everyStoryIsExportedExactlyOnce() {
		assertEquals(List.of(), errors);
		assertEquals(PAGES, records.size());
		assertEquals(PAGES, records.stream().map(StoryRecord::source).distinct().count());
	}

	@Test
	void theCallItLeftInTheMiddleOfIsRecordedInThatStorysErrors() {
		assertFalse(cutShort().isEmpty(), "some story records the failed call");
		for (StoryRecord r : cutShort()) {
			assertEquals(1, r.errors().size(), r.errors()::toString);
			assertTrue(r.errors().get(0).startsWith(TOPIC + ": "), r.errors().get(0));
			assertTrue(r.errors().get(0).contains("its bundle is gone"), r.errors().get(0));
		}
	}

	@Test
	void theSummaryCountsTheStoriesWithErrors() {
		assertEquals(cutShort().size(), summary.storyErrors());
	}

	@Test
	void theOtherTopicsAreUnaffected() {
		for (StoryRecord r : records) {
			assertTrue(r.scores().keySet().containsAll(Set.of("data_center", "smart_factory", "csr_event")),
				() -> r.source() + " " + r.scores());
		}
	}

	@Test
	void onceGoneTheTopicIsNoLongerScored() {
		assertFalse(records.get(records.size() - 1).scores().containsKey(TOPIC));
	}

	@Test
	void recordsNameTheBundleOfTheClassifierEvenAfterItLeft() {
		Bundle self = Framework.context().getBundle();
		String label = self.getSymbolicName() + " " + self.getVersion();
		List<String> named = records.stream().filter(r -> r.scores().containsKey(TOPIC))
			.map(r -> r.classifiers().get(TOPIC)).distinct().toList();
		assertEquals(List.of(label), named);
	}
}
