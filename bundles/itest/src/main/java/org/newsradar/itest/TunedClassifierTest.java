package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** A shipped classifier tuned through Config Admin: each change applies from the next story, no restart. */
class TunedClassifierTest {
	private static final String PID = "org.newsradar.classifier.datacenter";
	private static final String TOPIC = "data_center";
	private static final Story DATA_CENTER = Story.of("강원 원주에 AI 데이터센터 착공",
		"강원특별자치도 원주시에 40MW 규모의 AI 데이터센터가 착공했다. 시는 데이터센터 가동으로 일자리 120개가 생긴다고 밝혔다.");
	private static final Story COLOCATION = Story.of("부산 강서구에 코로케이션 시설 문 열어",
		"부산광역시 강서구에 대형 코로케이션 시설이 문을 열었다. 코로케이션 시설은 기업들의 서버를 맡아 운영하며 수전용량은 20MW다.");
	private static final Story LOGISTICS_HUB = Story.of("경남 김해에 대형 물류 허브 들어선다",
		"경상남도 김해시에 대규모 냉동 물류 허브가 들어선다. 물류 허브는 내년 말 가동을 목표로 한다.");

	private final ConfigurationAdmin cm = Framework.service(ConfigurationAdmin.class);
	private final Pipeline pipeline = Framework.service(Pipeline.class);

	@AfterEach
	void removeTuning() throws Exception {
		cm.getConfiguration(PID, null).delete();
		assertTrue(Framework.eventually(() -> accepts(DATA_CENTER) && accepts(COLOCATION) && !accepts(LOGISTICS_HUB)));
	}

	private boolean accepts(Story story) {
		return pipeline.process("tuned.txt", 0, story).topics().contains(TOPIC);
	}

	private void tune(String key, Object value) throws Exception {
		Hashtable<String, Object> p = new Hashtable<>();
		p.put(key, value);
		cm.getConfiguration(PID, null).update(p);
	}

	@Test
	void aRaisedThresholdRejectsWhatTheShippedOneAccepts() throws Exception {
		assertTrue(accepts(DATA_CENTER));
		tune("threshold", 0.999);
		assertTrue(Framework.eventually(() -> !accepts(DATA_CENTER)));
	}

	@Test
	void anExtraCueAcceptsAStoryTheShippedLexiconMisses() throws Exception {
		assertFalse(accepts(LOGISTICS_HUB));
		tune("extra.cues", new String[] { "cue 4 물류 허브" });
		assertTrue(Framework.eventually(() -> accepts(LOGISTICS_HUB)));
	}

	@Test
	void aRemovedCueNoLongerCounts() throws Exception {
		assertTrue(accepts(COLOCATION));
		tune("removed.cues", new String[] { "코로케이션" });
		assertTrue(Framework.eventually(() -> !accepts(COLOCATION)));
	}
}
