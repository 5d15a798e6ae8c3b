package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.ServiceRegistration;

/** A classifier that throws, hangs or answers nonsense costs its own topic only, never the story. */
class FaultyClassifierTest {
	private static final Story STORY = Story.of("데이터센터 착공", "새 데이터센터가 착공했다. 임직원이 봉사활동도 했다.");
	private final CountDownLatch release = new CountDownLatch(1);
	private ServiceRegistration<TopicClassifier> registration;

	@AfterEach
	void unregister() {
		release.countDown();
		if (registration != null) {
			registration.unregister();
		}
	}

	private void register(String topic, Function<Story, Classification> behaviour) {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(TopicClassifier.TOPIC, topic);
		registration = Framework.context().registerService(TopicClassifier.class, new TopicClassifier() {
			@Override
			public String topic() {
				return topic;
			}

			@Override
			public Classification classify(Story story) {
				return behaviour.apply(story);
			}
		}, props);
	}

	private static StoryRecord process() {
		return Framework.service(Pipeline.class).process("faulty.txt", 0, STORY);
	}

	private static void assertOtherTopicsScored(StoryRecord r) {
		assertTrue(r.scores().keySet().containsAll(Set.of("data_center", "smart_factory", "csr_event")), r.scores()::toString);
	}

	@Test
	void aThrowingClassifierIsRecordedInErrors() {
		register("faulty_throws", s -> {
			throw new IllegalStateException("lexicon missing");
		});
		StoryRecord r = process();
		assertEquals(1, r.errors().size());
		assertTrue(r.errors().get(0).startsWith("faulty_throws: "), r.errors().get(0));
		assertTrue(r.errors().get(0).contains("lexicon missing"), r.errors().get(0));
		assertOtherTopicsScored(r);
	}

	@Test
	void aHangingClassifierTimesOutAndTheStoryIsStillProcessed() {
		register("faulty_hangs", s -> {
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Classification.rejected(0);
		});
		StoryRecord r = process();
		assertEquals(List.of("faulty_hangs"), r.errors().stream().map(e -> e.substring(0, e.indexOf(':'))).toList());
		assertTrue(r.errors().get(0).contains("timed out after"), r.errors().get(0));
		assertFalse(r.scores().containsKey("faulty_hangs"));
		assertOtherTopicsScored(r);
	}

	@Test
	void aScoreOutsideZeroToOneIsRejectedAsNonsense() {
		register("faulty_nan", s -> new Classification(Double.NaN, true, List.of()));
		StoryRecord r = process();
		assertTrue(r.errors().get(0).contains("score outside [0, 1]"), r.errors().get(0));
		assertFalse(r.topics().contains("faulty_nan"));
		assertOtherTopicsScored(r);
	}
}
