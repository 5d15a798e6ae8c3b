package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading Config Admin properties, as arrays from .config/.json or strings from .cfg. */
class TuningTest {
	@Test
	void noPropertiesGiveTheDefaults() {
		assertEquals(Tuning.DEFAULTS, Tuning.from(Map.of()));
	}

	@Test
	void aThresholdMayArriveAsAString() {
		assertEquals(0.7, Tuning.from(Map.of(Tuning.THRESHOLD, "0.7")).threshold());
	}

	@Test
	void entriesArriveAsAnArray() {
		assertEquals(List.of("cue 3 AI 캠퍼스", "GPU 팜"),
			Tuning.from(Map.of(Tuning.EXTRA_CUES, new String[] { "cue 3 AI 캠퍼스", "GPU 팜" })).extraCues());
	}

	@Test
	void entriesSharingOneStringAreSplitAtSemicolons() {
		assertEquals(List.of("cue 3 AI 캠퍼스", "neg 2 데이터센터장"),
			Tuning.from(Map.of(Tuning.EXTRA_CUES, "cue 3 AI 캠퍼스; neg 2 데이터센터장")).extraCues());
	}

	@Test
	void removedCuesArriveAsACollection() {
		assertEquals(List.of("서버"), Tuning.from(Map.of(Tuning.REMOVED_CUES, List.of("서버"))).removedCues());
	}

	@Test
	void aThresholdOutsideZeroToOneIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> Tuning.from(Map.of(Tuning.THRESHOLD, 1.5)));
	}
}
