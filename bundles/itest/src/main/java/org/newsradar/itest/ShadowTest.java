package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.ShadowReport;
import org.osgi.framework.Bundle;

/** A shadowed candidate is compared on every story without changing the output, then promoted. */
class ShadowTest {

	@Test
	void shadowReportsDisagreementsAndPromotionMakesTheCandidateActive() throws Exception {
		Pipeline pipeline = Framework.service(Pipeline.class);
		ClassifierAdmin admin = Framework.service(ClassifierAdmin.class);
		Bundle candidate;
		try (InputStream in = new FileInputStream(System.getProperty("newsradar.itest.fixture"))) {
			candidate = Framework.context().installBundle("itest:shadow-candidate", in);
		}
		try {
			candidate.start();
			String active = "org.newsradar.classifier.datacenter";
			// ranking would let the fixture (ranking 100) win: pin the original first, then shadow
			long original = pipeline.classifiers().stream()
				.filter(c -> c.topic().equals("data_center") && c.bundle().equals(active)).findFirst().orElseThrow()
				.bundleId();
			admin.promote("data_center", original);
			admin.shadow("data_center", candidate.getBundleId());

			StoryRecord marked = pipeline.process("shadow.txt", 0, Story.of("공지", "SWAPMARK 라는 단어만 있는 글"));
			pipeline.process("shadow.txt", 1, Story.of("공지", "아무 주제도 없는 평범한 글이다."));

			assertTrue(marked.classifiers().get("data_center").startsWith(active), "output unaffected by the shadow");
			ShadowReport.Tally tally = admin.shadowReport().topics().get(0);
			assertEquals(2, tally.stories());
			assertEquals(1, tally.agreements());
			assertEquals(1, tally.disagreements().size());
			assertTrue(tally.disagreements().get(0).candidate().accepted());

			admin.promote("data_center", candidate.getBundleId());
			assertEquals("org.newsradar.itest.fixture", pipeline.classifiers().stream()
				.filter(c -> c.topic().equals("data_center") && c.active()).map(ClassifierInfo::bundle).findFirst()
				.orElseThrow());
		} finally {
			admin.unpin("data_center");
			candidate.uninstall();
		}
	}
}
