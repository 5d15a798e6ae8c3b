package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;

/** A classifier component takes its configuration, and each change, from the next story on. */
class LexiconTopicComponentTest {
	static final class TestTopicComponent extends LexiconTopicComponent {
		TestTopicComponent() {
			super("test_topic", "/lexicon/test_topic.lex");
		}
	}

	private static final Story STORY = Story.of("데이터센터 착공", "시가 데이터센터 착공식을 열었다. 서버 5만 대가 들어간다.");
	private static final Story CAMPUS_STORY = Story.of("AI 캠퍼스 착공", "시가 AI 캠퍼스 착공식을 열었다. 연구동이 들어선다.");

	private static TestTopicComponent configured(Map<String, Object> properties) {
		TestTopicComponent c = new TestTopicComponent();
		c.configure(properties);
		return c;
	}

	@Test
	void withoutConfigurationItUsesTheShippedLexicon() {
		assertEquals(true, configured(Map.of()).classify(STORY).accepted());
	}

	@Test
	void aRaisedThresholdTakesEffectOnTheNextStory() {
		TestTopicComponent c = configured(Map.of());
		c.classify(STORY);
		c.configure(Map.of(Tuning.THRESHOLD, 0.99));
		assertEquals(false, c.classify(STORY).accepted());
	}

	@Test
	void anExtraCueMakesANewPhraseCount() {
		assertEquals(true, configured(Map.of(Tuning.EXTRA_CUES, "cue 6 AI 캠퍼스")).classify(CAMPUS_STORY).accepted());
	}

	@Test
	void aRemovedCueNoLongerCounts() {
		assertEquals(false, configured(Map.of(Tuning.REMOVED_CUES, "데이터 센터")).classify(STORY).accepted());
	}

	@Test
	void removingTheConfigurationRestoresTheShippedLexicon() {
		TestTopicComponent c = configured(Map.of(Tuning.REMOVED_CUES, "데이터 센터"));
		c.configure(Map.of());
		assertEquals(true, c.classify(STORY).accepted());
	}

	@Test
	void aBrokenExtraEntryFailsTheConfigurationLoudly() {
		TestTopicComponent c = configured(Map.of());
		assertThrows(IllegalArgumentException.class, () -> c.configure(Map.of(Tuning.EXTRA_CUES, "cue x 서버")));
	}

	@Test
	void aBrokenConfigurationKeepsThePreviousEngineServing() {
		TestTopicComponent c = configured(Map.of());
		assertThrows(IllegalArgumentException.class, () -> c.configure(Map.of(Tuning.EXTRA_CUES, "cue x 서버")));
		assertEquals(true, c.classify(STORY).accepted());
	}

	@Test
	void itReportsItsTopic() {
		assertEquals("test_topic", configured(Map.of()).topic());
	}
}
