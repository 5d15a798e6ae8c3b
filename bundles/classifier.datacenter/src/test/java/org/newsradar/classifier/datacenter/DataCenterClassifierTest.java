package org.newsradar.classifier.datacenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;
import org.newsradar.lexicon.testing.StoryCases;
import org.newsradar.lexicon.testing.StoryCases.StoryCase;

/** The shipped data_center lexicon decides composed trap and variant stories as an analyst would. */
class DataCenterClassifierTest {
	private final DataCenterClassifier classifier = new DataCenterClassifier();

	DataCenterClassifierTest() {
		classifier.configure(Map.of());
	}

	static List<StoryCase> cases() {
		return StoryCases.resource(DataCenterClassifierTest.class, "/cases/data_center.cases");
	}

	static List<StoryCase> accepted() {
		return cases().stream().filter(StoryCase::accept).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void decidesComposedStory(StoryCase c) {
		Classification result = classifier.classify(c.story());
		assertEquals(c.accept(), result.accepted(), () -> "score " + result.score() + ", evidence " + result.evidence());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void evidenceQuotesTheStoryAtItsOffsets(StoryCase c) {
		Story story = c.story();
		List<String> quoted = classifier.classify(story).evidence().stream().map(e -> quote(story, e)).toList();
		assertEquals(classifier.classify(story).evidence().stream().map(Evidence::text).toList(), quoted);
	}

	private static String quote(Story story, Evidence e) {
		String field = e.field().equals(Evidence.TITLE) ? story.title() : story.body();
		return field.substring(e.start(), e.end());
	}
}
