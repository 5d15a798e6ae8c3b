package org.newsradar.lexicon.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;
import org.newsradar.lexicon.LexiconTopicComponent;
import org.newsradar.lexicon.testing.StoryCases.StoryCase;

/**
 * What every shipped lexicon classifier must do with its composed cases: decide each as the
 * analyst expects, and quote its evidence at the exact offsets. A classifier bundle's test extends
 * this with its component and its {@code .cases} file; each case is one test.
 */
public abstract class ComposedCasesContract {
	private final LexiconTopicComponent classifier;
	private final List<StoryCase> cases;

	protected ComposedCasesContract(LexiconTopicComponent classifier, String casesResource) {
		this.classifier = classifier;
		classifier.configure(Map.of());
		this.cases = StoryCases.resource(getClass(), casesResource);
	}

	@TestFactory
	Stream<DynamicTest> decidesComposedStory() {
		return cases.stream().map(c -> dynamicTest(c.toString(), () -> {
			Classification result = classifier.classify(c.story());
			assertEquals(c.accept(), result.accepted(), () -> "score " + result.score() + ", evidence " + result.evidence());
		}));
	}

	@TestFactory
	Stream<DynamicTest> evidenceQuotesTheStoryAtItsOffsets() {
		return cases.stream().filter(StoryCase::accept).map(c -> dynamicTest(c.toString(), () -> {
			Story story = c.story();
			List<Evidence> evidence = classifier.classify(story).evidence();
			assertEquals(evidence.stream().map(Evidence::text).toList(), evidence.stream().map(e -> quote(story, e)).toList());
		}));
	}

	private static String quote(Story story, Evidence e) {
		String field = e.field().equals(Evidence.TITLE) ? story.title() : story.body();
		return field.substring(e.start(), e.end());
	}
}
