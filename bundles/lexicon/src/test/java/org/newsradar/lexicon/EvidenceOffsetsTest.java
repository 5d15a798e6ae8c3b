package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;

/** Evidence quotes the story exactly where it says. */
class EvidenceOffsetsTest {
	private final LexiconClassifier classifier = Lexicons.classifier("cue 4 데이터 센터", "cue 2 re:\\d+\\s?MW",
		"cue 3 AI 데이터 센터");
	private final Story story = Story.of("강원에 AI 데이터센터 짓는다",
		"통신사가 원주에 AI 데이터 센터를 짓는다.\n센터는 100 MW 전력을 쓴다.\n데이터\u00A0센터 두 곳이 더 들어선다.");

	private static String quote(Story story, Evidence e) {
		return (e.field().equals(Evidence.TITLE) ? story.title() : story.body()).substring(e.start(), e.end());
	}

	@Test
	void everyEvidenceTextIsTheStoryTextAtItsOffsets() {
		Classification c = classifier.classify(story);
		assertEquals(c.evidence().stream().map(Evidence::text).toList(),
			c.evidence().stream().map(e -> quote(story, e)).toList());
	}

	@Test
	void evidenceNamesTheFieldItQuotes() {
		List<String> fields = classifier.classify(story).evidence().stream().map(Evidence::field).distinct().sorted().toList();
		assertEquals(List.of(Evidence.BODY, Evidence.TITLE), fields);
	}

	@Test
	void evidenceKeepsTheSpacingAsWritten() {
		List<String> texts = classifier.classify(story).evidence().stream().map(Evidence::text).toList();
		assertEquals(true, texts.contains("데이터 센터"), texts::toString);
	}

	@Test
	void offsetsSurviveSurrogatePairsBeforeTheMatch() {
		Story withEmoji = Story.of("", "😀😀 데이터센터 착공");
		Evidence e = classifier.classify(withEmoji).evidence().get(0);
		assertEquals("데이터센터", withEmoji.body().substring(e.start(), e.end()));
	}

	@Test
	void aPhraseIsQuotedOnceAtItsStrongestOccurrence() {
		Story repeated = Story.of("데이터센터 착공", "데이터센터를 짓는다. 데이터센터는 크다. 데이터센터가 문을 연다.");
		List<Evidence> evidence = classifier.classify(repeated).evidence();
		assertEquals(List.of("데이터센터@title"), evidence.stream().map(e -> e.text() + "@" + e.field()).toList());
	}
}
