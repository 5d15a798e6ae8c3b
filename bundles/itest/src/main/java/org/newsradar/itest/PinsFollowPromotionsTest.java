package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;
import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;

/**
 * Promotions and unpins are saved through Config Admin, which hands each save back to the pipeline
 * later, on its own thread. Quick promote/unpin rounds make those echoes arrive after newer
 * changes: the classifier in force must always be the one the last change chose.
 */
class PinsFollowPromotionsTest {
	private static final String PID = "org.newsradar.core.pipeline";
	private static final int ROUNDS = 150;

	@Test
	void theLastPromotionOrUnpinStaysInForceWhileConfigAdminCatchesUp() throws Exception {
		Pipeline pipeline = Framework.service(Pipeline.class);
		ClassifierAdmin admin = Framework.service(ClassifierAdmin.class);
		String original = Bundles.activeLabel("data_center");
		long originalId = pipeline.classifiers().stream().filter(c -> c.topic().equals("data_center") && c.active())
			.findFirst().orElseThrow().bundleId();
		Semaphore saved = new Semaphore(0);
		ServiceRegistration<ConfigurationListener> listener = Framework.context().registerService(
			ConfigurationListener.class, event -> {
				if (PID.equals(event.getPid()) && event.getType() == ConfigurationEvent.CM_UPDATED) {
					saved.release();
				}
			}, null);
		Bundle fixture = Bundles.startFixture("itest:pins-follow-promotions");
		try {
			assertTrue(Framework.eventually(() -> Bundles.activeLabel("data_center").startsWith(Bundles.FIXTURE + " ")),
				"the fixture outranks the original");
			String fixtureLabel = Bundles.activeLabel("data_center");
			List<String> wrong = new ArrayList<>();
			for (int round = 0; round < ROUNDS; round++) {
				boolean promote = round % 2 == 0;
				if (promote) {
					admin.promote("data_center", originalId);
				} else {
					admin.unpin("data_center");
				}
				String expected = promote ? original : fixtureLabel;
				check(round, "at once", expected, pipeline, wrong);
				// Config Admin tells its listeners of each save in order: by now the echoes of the
				// earlier saves have reached the pipeline too
				assertTrue(saved.tryAcquire(20, TimeUnit.SECONDS), "Config Admin reported the save of round " + round);
				check(round, "once Config Admin reported the save", expected, pipeline, wrong);
			}
			assertEquals(List.of(), wrong);
		} finally {
			listener.unregister();
			admin.unpin("data_center");
			fixture.uninstall();
			Bundles.refresh(List.of(fixture));
		}
	}

	/** Both the classifier list and a processed story must name the classifier the last change chose. */
	private static void check(int round, String when, String expected, Pipeline pipeline, List<String> wrong) {
		String listed = Bundles.activeLabel("data_center");
		String decided = pipeline.process("pins.txt", round, Story.of("공지", "주제 없는 짧은 안내문")).classifiers()
			.get("data_center");
		if (!expected.equals(listed) || !expected.equals(decided)) {
			wrong.add("round " + round + " " + when + ": listed " + listed + ", decided by " + decided + ", expected "
				+ expected);
		}
	}
}
