package org.newsradar.classifier.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.model.Story;

class TopicDefinitionTest {
	private static final Story BATTERY_PLANT = Story.of("충북 오창에 이차전지 공장 착공",
		"한 배터리 기업이 충북 오창에 이차전지 공장을 짓는다. 회사는 양극재 생산 라인도 함께 들인다고 밝혔다.");
	private static final Story PHONE_BATTERY = Story.of("휴대폰 배터리 교체 요령",
		"휴대폰 배터리 교체 시기를 알리는 신호를 정리했다. 배터리 교체 비용은 제조사마다 다르다.");

	private static TopicDefinition battery(double threshold) {
		return TopicDefinition.of("battery_plant", new String[] { "이차전지 공장, 양극재", "배터리" },
			new String[] { "배터리 교체" }, threshold, 0);
	}

	@Test
	void aValueListsSeveralPhrasesSeparatedByCommas() {
		assertEquals(List.of("이차전지 공장", "양극재", "배터리"), battery(0.5).cues());
	}

	@Test
	void aCueInTitleAndBodyAssignsTheTopicWithItsEvidence() {
		Classification c = battery(0.5).classifier().classify(BATTERY_PLANT);
		assertTrue(c.accepted(), () -> "score " + c.score());
		assertTrue(c.evidence().stream().anyMatch(e -> e.text().equals("이차전지 공장")), c.evidence()::toString);
	}

	@Test
	void negativeCuesKeepAStoryOutOfTheTopic() {
		Classification c = battery(0.5).classifier().classify(PHONE_BATTERY);
		assertFalse(c.accepted(), () -> "score " + c.score());
	}

	@Test
	void aHigherThresholdRejectsWhatALowerOneAccepts() {
		Story passing = Story.of("지역 경제 소식", "도내 여러 기업이 투자 계획을 밝혔다. 그중 한 곳은 양극재 설비를 검토한다.");
		assertTrue(battery(0.05).classifier().classify(passing).accepted());
		assertFalse(battery(0.9).classifier().classify(passing).accepted());
	}

	@Test
	void propertiesFromACfgFileAreStrings() {
		Hashtable<String, Object> cfg = new Hashtable<>();
		cfg.put("topic", "battery_plant");
		cfg.put("cues", "이차전지 공장,양극재");
		cfg.put("threshold", "0.4");
		cfg.put("service.ranking", "7");
		TopicDefinition d = TopicDefinition.from(cfg);
		assertEquals(new TopicDefinition("battery_plant", List.of("이차전지 공장", "양극재"), List.of(), 0.4, 7), d);
		assertEquals(7, d.serviceProperties("pid").get("service.ranking"));
	}

	@Test
	void aTopicIdMustBeALowerCaseIdentifier() {
		assertThrows(IllegalArgumentException.class, () -> TopicDefinition.of("Battery Plant", "배터리", null, 0.5, 0));
	}

	@Test
	void aTopicNeedsACue() {
		assertThrows(IllegalArgumentException.class, () -> TopicDefinition.of("battery_plant", " , ", null, 0.5, 0));
	}

	@Test
	void aThresholdOutsideZeroToOneIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> TopicDefinition.of("battery_plant", "배터리", null, 1.5, 0));
	}
}
