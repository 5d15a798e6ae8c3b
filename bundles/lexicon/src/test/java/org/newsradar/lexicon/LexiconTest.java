package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lexicon file format and the edits configuration makes to it. */
class LexiconTest {
	@Test
	void readsEveryKindOfEntry() {
		Lexicon l = Lexicons.of("# comment", "", "cue 3 데이터 센터 | group=dc", "neg 2 물류센터", "trap 빅데이터 센터");
		assertEquals(List.of(Cue.Kind.CUE, Cue.Kind.NEGATIVE, Cue.Kind.TRAP), l.cues().stream().map(Cue::kind).toList());
	}

	@Test
	void readsGroupsAndNeeds() {
		Cue c = Lexicons.of("cue 1.5 디지털 트윈 | needs=mfg,sf | group=tech").cues().get(0);
		assertEquals(List.of(1.5, "tech", "mfg,sf"), List.of(c.weight(), String.join(",", c.groups()),
			String.join(",", c.needs().stream().sorted().toList())));
	}

	@Test
	void aSetLineChangesASetting() {
		assertEquals(8.0, Lexicons.of("set mass 8").settings().mass());
	}

	@Test
	void anUnknownSettingIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> Lexicons.of("set masss 8"));
	}

	@Test
	void anUnknownKindIsReportedWithItsLineNumber() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicons.of("cue 1 a", "cues 2 b"));
		assertTrue(e.getMessage().contains("test.lex:2"), e.getMessage());
	}

	@Test
	void aNegativeWeightIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> Lexicons.of("cue -2 물류센터"));
	}

	@Test
	void aBadRegularExpressionIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> Lexicons.of("cue 2 re:(데이터"));
	}

	@Test
	void anExtraBarePhraseIsACueOfTheDefaultWeight() {
		Cue c = Lexicons.of("cue 3 데이터 센터").edited(List.of("AI 캠퍼스"), List.of()).cues().get(1);
		assertEquals(List.of(Cue.Kind.CUE, Lexicon.DEFAULT_EXTRA_WEIGHT, "AI 캠퍼스"), List.of(c.kind(), c.weight(), c.phrase()));
	}

	@Test
	void anExtraEntryMayBeOfAnyKind() {
		Cue c = Lexicons.of("cue 3 데이터 센터").edited(List.of("neg 2 데이터센터장"), List.of()).cues().get(1);
		assertEquals(Cue.Kind.NEGATIVE, c.kind());
	}

	@Test
	void aRemovedPhraseIsDroppedWhateverItsSpacing() {
		Lexicon l = Lexicons.of("cue 3 데이터 센터", "cue 2 IDC").edited(List.of(), List.of("데이터센터"));
		assertEquals(List.of("IDC"), l.cues().stream().map(Cue::phrase).toList());
	}

	@Test
	void aTopicDefinedByEntriesAloneClassifies() {
		Lexicon l = Lexicon.fromEntries("battery_plant", List.of("배터리 공장", "cue 3 셀 공장", "neg 2 화재"));
		LexiconClassifier c = new LexiconClassifier("battery_plant", l, Tuning.DEFAULT_THRESHOLD);
		assertTrue(c.classify(org.newsradar.api.model.Story.of("배터리 공장 착공", "회사가 배터리 공장을 짓는다. 셀 공장도 함께 짓는다."))
			.accepted());
	}
}
