package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

class WorkbenchTest {
	private static final Set<String> TOPICS = Set.of("data_center", "smart_factory", "csr_event");

	private static Bundle bundle(String symbolicName) {
		for (Bundle b : Framework.context().getBundles()) {
			if (symbolicName.equals(b.getSymbolicName())) {
				return b;
			}
		}
		throw new AssertionError("bundle " + symbolicName + " is not installed");
	}

	private static String activeLabel(Pipeline p, String topic) {
		return p.classifiers().stream().filter(c -> c.topic().equals(topic) && c.active()).map(ClassifierInfo::label)
			.findFirst().orElse("none");
	}

	@Test
	void everyBundleIsActive() {
		List<String> inactive = new ArrayList<>();
		for (Bundle b : Framework.context().getBundles()) {
			if (b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null) {
				inactive.add(b.getSymbolicName() + " state " + b.getState());
			}
		}
		assertEquals(List.of(), inactive);
	}

	@Test
	void oneActiveClassifierPerTopic() {
		Pipeline p = Framework.service(Pipeline.class);
		Set<String> active = new TreeSet<>();
		for (ClassifierInfo c : p.classifiers()) {
			if (c.active()) {
				assertTrue(active.add(c.topic()), "two active classifiers for " + c.topic());
			}
		}
		assertEquals(new TreeSet<>(TOPICS), active);
	}

	@Test
	void aHigherRankedClassifierInstalledAtRuntimeTakesOverAndTheFirstReturnsWhenItLeaves() throws Exception {
		Pipeline p = Framework.service(Pipeline.class);
		String original = activeLabel(p, "data_center");
		Story marked = Story.of("시험 기사", "본문에 SWAPMARK 가 들어 있다.");
		Bundle swap;
		try (InputStream in = new FileInputStream(System.getProperty("newsradar.itest.fixture"))) {
			swap = Framework.context().installBundle("itest:swap-classifier", in);
		}
		try {
			swap.start();
			assertTrue(Framework.eventually(() -> activeLabel(p, "data_center").startsWith("org.newsradar.itest.fixture")));
			StoryRecord r = p.process("swap.txt", 0, marked);
			assertEquals(List.of("data_center"), r.topics().stream().filter(t -> t.equals("data_center")).toList());
			assertTrue(r.classifiers().get("data_center").startsWith("org.newsradar.itest.fixture "));
			assertEquals(original, p.classifiers().stream()
				.filter(c -> c.topic().equals("data_center") && !c.active()).findFirst().orElseThrow().label());
		} finally {
			swap.uninstall();
		}
		assertEquals(original, activeLabel(p, "data_center"));
		assertEquals(original, p.process("swap.txt", 0, marked).classifiers().get("data_center"));
	}

	@Test
	void stoppingAClassifierBundleRemovesItsTopicWithoutRestartingAnyOtherBundle() throws Exception {
		Pipeline p = Framework.service(Pipeline.class);
		Bundle csr = bundle("org.newsradar.classifier.csr");
		List<String> others = new ArrayList<>();
		BundleListener watch = e -> {
			if (e.getBundle() != csr && (e.getType() == BundleEvent.STOPPED || e.getType() == BundleEvent.STARTED
				|| e.getType() == BundleEvent.UNRESOLVED)) {
				others.add(e.getBundle().getSymbolicName() + " " + e.getType());
			}
		};
		Framework.context().addBundleListener(watch);
		Story story = Story.of("임직원 봉사", "직원들이 복지관을 찾아 봉사활동을 펼치고 성금을 기부했다.");
		try {
			csr.stop();
			assertFalse(p.process("stop.txt", 0, story).scores().containsKey("csr_event"));
			csr.start();
			assertTrue(p.process("stop.txt", 0, story).scores().containsKey("csr_event"));
		} finally {
			Framework.context().removeBundleListener(watch);
		}
		assertEquals(List.of(), others);
	}

	@Test
	void aComposedPageIsClassifiedAndWrittenAsJsonLines() throws Exception {
		Path dir = Files.createTempDirectory("newsradar-itest");
		Path page = dir.resolve("page.txt");
		try (InputStream in = WorkbenchTest.class.getResourceAsStream("/fixtures/datacenter-page.txt")) {
			Files.write(page, in.readAllBytes());
		}
		Files.writeString(dir.resolve("empty.html"), "");
		Path out = dir.resolve("out");
		RunSummary s = Framework.service(Pipeline.class)
			.run(new RunRequest(List.of(dir.toString()), out, Set.of("jsonl"), Map.of(), null));
		assertEquals(2, s.sources());
		assertEquals(1, s.failedSources());
		List<String> lines = Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8);
		assertEquals(2, lines.size());
		Map<?, ?> error = (Map<?, ?>) Json.parse(lines.get(0));
		assertEquals(dir + "/empty.html", error.get("source"));
		assertEquals("empty file", error.get("error"));
		Map<?, ?> story = (Map<?, ?>) Json.parse(lines.get(1));
		assertEquals(List.of("data_center"), story.get("topics"));
		assertEquals(List.of("전라남도"), story.get("regions"));
		assertEquals(List.of(1_500_000_000_000L), story.get("amounts_krw"));
	}
}
