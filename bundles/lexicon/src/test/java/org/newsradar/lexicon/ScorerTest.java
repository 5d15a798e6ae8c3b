package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsradar.api.model.Story;

/** How matches become a score: position, repetition, traps, negatives, context. */
class ScorerTest {
	private static final String FILLER = "시는 올해 주요 사업을 설명했다. 도로를 넓히고 공원을 새로 만든다. 버스 노선도 손본다. "
		+ "도서관 건립도 추진한다. 하천 정비 사업도 이어간다. 주차장도 늘린다. ";

	private static LexiconScore score(LexiconClassifier c, String title, String body) {
		return c.explain(Story.of(title, body));
	}

	private static double sum(String title, String body, String... lexicon) {
		return score(Lexicons.classifier(lexicon), title, body).sum();
	}

	@Test
	void aStoryWithoutCuesScoresZero() {
		assertEquals(0.0, score(Lexicons.classifier("cue 3 데이터 센터"), "버스 노선 개편", FILLER).score());
	}

	@Test
	void aStoryWithOnlyContextMarkersIsAMentionInPassingOfNothing() {
		LexiconScore s = score(Lexicons.classifier("cue 0 공장 | group=mfg", "cue 3 스마트 공장 | needs=mfg"), "공장 증설",
			"공장을 넓힌다.");
		assertEquals(List.of(0.0, 0.0, true), List.of(s.score(), s.sum(), s.passing()));
		assertTrue(s.positives().isEmpty() && s.negatives().isEmpty());
	}

	@Test
	void withoutACoverageLowEnoughNothingIsAMentionInPassing() {
		LexiconScore s = score(Lexicons.classifier("set passing_coverage 0", "cue 3 데이터 센터"), "버스 노선 개편", FILLER);
		assertEquals(List.of(0.0, 0.0, false), List.of(s.score(), s.sum(), s.passing()));
	}

	@Test
	void aSumEqualToTheMassScoresOneHalf() {
		LexiconClassifier c = Lexicons.classifier("set mass 4", "set lead_factor 1", "cue 4 데이터 센터");
		assertEquals(0.5, score(c, "", "데이터센터를 짓는다.").score(), 1e-9);
	}

	@Test
	void manyStrongMatchesStayBelowOne() {
		LexiconClassifier c = Lexicons.classifier("cue 9 데이터 센터");
		double s = score(c, "데이터센터", "데이터센터 데이터센터 데이터센터 데이터센터.").score();
		assertTrue(s > 0.9 && s <= 1.0, "score " + s);
	}

	@Test
	void aTitleMatchWeighsMoreThanALeadMatch() {
		List<Hit> hits = score(Lexicons.classifier("cue 3 데이터 센터", "cue 3 IDC"), "데이터센터 착공", "IDC를 짓는다.").positives();
		assertEquals(List.of(3 * 2.5, 3 * 1.5), hits.stream().map(Hit::contribution).toList());
	}

	@Test
	void aMentionInPassingIsDiscounted() {
		double lead = sum("", "데이터센터를 짓는다. " + FILLER, "cue 3 데이터 센터");
		double passing = sum("", FILLER + "데이터센터도 짓는다.", "cue 3 데이터 센터");
		assertEquals(lead / 1.5 * 0.5, passing, 1e-9);
	}

	@Test
	void aStoryWithMatchesAcrossItsSentencesIsNotAMentionInPassing() {
		String body = "시가 사업을 설명했다. 데이터센터를 짓는다. 데이터센터는 크다. 데이터센터가 문을 연다.";
		assertEquals(false, score(Lexicons.classifier("cue 3 데이터 센터"), "", body).passing());
	}

	@Test
	void aRepeatedCueAddsLessEachTime() {
		List<Hit> hits = score(Lexicons.classifier("cue 3 봉사"), "", FILLER + "봉사를 했다. 봉사를 했다.").positives();
		assertEquals(List.of(3.0, 1.5), hits.stream().map(Hit::contribution).toList());
	}

	@Test
	void aTrapHidesTheCueInsideIt() {
		LexiconClassifier c = Lexicons.classifier("cue 3 데이터 센터", "trap 빅데이터 센터");
		assertEquals(List.of(), score(c, "", "대학 빅데이터센터가 보고서를 냈다.").positives());
	}

	@Test
	void aTrapLeavesTheSameCueElsewhere() {
		LexiconClassifier c = Lexicons.classifier("cue 3 데이터 센터", "trap 빅데이터 센터");
		assertEquals(1, score(c, "", "빅데이터센터 옆에 데이터센터를 짓는다.").positives().size());
	}

	@Test
	void aNegativeCueLowersTheSum() {
		assertTrue(sum("", "후원금을 냈다. 후원회 명의로.", "cue 3 후원금", "neg 2 후원회") < sum("", "후원금을 냈다. 후원회 명의로.", "cue 3 후원금"));
	}

	@Test
	void aCueThatNeedsAGroupDoesNotCountWithoutIt() {
		LexiconClassifier c = Lexicons.classifier("cue 2 디지털 트윈 | needs=mfg", "cue 0 공장 | group=mfg");
		assertEquals(0, score(c, "", "도시 전체를 디지털 트윈으로 만든다.").positives().size());
	}

	@Test
	void aCueThatNeedsAGroupCountsWithIt() {
		LexiconClassifier c = Lexicons.classifier("cue 2 디지털 트윈 | needs=mfg", "cue 0 공장 | group=mfg");
		assertEquals(1, score(c, "", "공장 설비를 디지털 트윈으로 만든다.").positives().size());
	}

	@Test
	void aCueInItsContextMakesItsOwnGroupPresent() {
		LexiconClassifier c = Lexicons.classifier("cue 2 선풍기 전달 | needs=actor | group=gift", "cue 1 어르신 | needs=gift",
			"cue 0 직원 | group=actor");
		assertEquals(List.of("선풍기 전달", "어르신"),
			score(c, "", "직원들이 어르신 댁에 선풍기 전달에 나섰다.").positives().stream().map(Hit::text).toList());
	}

	@Test
	void aCueOutOfItsContextMakesNoGroupPresent() {
		LexiconClassifier c = Lexicons.classifier("cue 2 선풍기 전달 | needs=actor | group=gift", "cue 1 어르신 | needs=gift",
			"cue 0 직원 | group=actor");
		assertEquals(0, score(c, "", "시가 어르신 댁에 선풍기 전달에 나섰다.").positives().size());
	}

	@Test
	void aContextMarkerIsNeverEvidence() {
		LexiconClassifier c = Lexicons.classifier("cue 2 디지털 트윈 | needs=mfg", "cue 0 공장 | group=mfg");
		assertEquals(List.of("디지털 트윈"), score(c, "", "공장 설비를 디지털 트윈으로 만든다.").positives().stream().map(Hit::text).toList());
	}

	@Test
	void ofOverlappingCuesTheHeavierStands() {
		LexiconClassifier c = Lexicons.classifier("cue 3 데이터 센터", "cue 4 데이터 센터 착공");
		assertEquals(List.of("데이터센터 착공"), score(c, "", "데이터센터 착공").positives().stream().map(Hit::text).toList());
	}

	@Test
	void aMatchInAnotherStorysHeadlineLeftInTheBodyIsDiscounted() {
		String withHeadline = "버스 노선을 바꾼다.\n데이터센터 착공 임박\n주민들이 반겼다.";
		String inSentence = "버스 노선을 바꾼다.\n데이터센터 착공이 임박했다.\n주민들이 반겼다.";
		assertTrue(sum("", withHeadline, "cue 3 데이터 센터") < sum("", inSentence, "cue 3 데이터 센터"));
	}

	@Test
	void aMatchInAnAsideIsDiscounted() {
		double aside = sum("", FILLER + "한편 회사는 장학금을 냈다.", "cue 3 장학금");
		double plain = sum("", FILLER + "회사는 장학금을 냈다.", "cue 3 장학금");
		assertEquals(plain / 2, aside, 1e-9);
	}

	@ParameterizedTest(name = "''{0}'' opens an aside")
	@ValueSource(strings = { "한편 ", "이 밖에 ", "이밖에 ", "이 외에 ", "- 이외에 " })
	void everyAsideOpeningIsDiscounted(String opening) {
		double aside = sum("", FILLER + opening + "회사는 장학금을 냈다.", "cue 3 장학금");
		double plain = sum("", FILLER + "회사는 장학금을 냈다.", "cue 3 장학금");
		assertEquals(plain / 2, aside, 1e-9);
	}

	@ParameterizedTest(name = "''{0}'' at the end opens no aside")
	@ValueSource(strings = { "이", "이 밖", "한" })
	void aBodyEndingInPartOfAnAsideOpeningIsNoAside(String ending) {
		assertEquals(sum("", FILLER + "회사는 장학금을 냈다.", "cue 3 장학금"), sum("", FILLER + "회사는 장학금을 냈다. " + ending, "cue 3 장학금"), 1e-9);
	}

	@Test
	void anAnchorCueIsNeverAMentionInPassing() {
		LexiconClassifier c = Lexicons.classifier("cue 6 re:사회\\s?공헌\\s?사업으로 | anchor");
		assertEquals(false, score(c, "", FILLER + "이를 사회공헌 사업으로 키운다.").passing());
	}

	@Test
	void aTitleWithoutSupportInTheBodyIsDiscounted() {
		double titleOnly = sum("데이터센터 착공", "시가 설명했다.", "cue 3 데이터 센터");
		assertEquals(3 * 2.5 * 0.5, titleOnly, 1e-9);
	}

	@Test
	void aCueLimitedToTheTitleDoesNotMatchTheBody() {
		LexiconClassifier c = Lexicons.classifier("neg 2 모집 | in=title");
		assertEquals(0, score(c, "", "봉사자를 모집한다.").negatives().size());
	}

	@Test
	void aCaptionLineIsNotTheLead() {
		LexiconScore s = score(Lexicons.classifier("cue 3 데이터 센터"), "", "(사진=시 제공)\n데이터센터를 짓는다. " + FILLER);
		assertEquals(3 * 1.5, s.positives().get(0).contribution(), 1e-9);
	}

	@Test
	void aLinkLineMarkedWithATriangleIsDiscounted() {
		LexiconScore s = score(Lexicons.classifier("cue 3 데이터 센터"), "", FILLER + "\n▶ 데이터센터 착공식 열려.\n주민들이 반겼다.");
		assertEquals(3 * 0.25, s.positives().get(0).contribution(), 1e-9);
	}
}
