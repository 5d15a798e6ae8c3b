package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The deploy folder watched by Felix FileInstall: a classifier jar dropped there serves its topic,
 * deleting it brings the previous classifier back, and nothing else is restarted or refreshed; a
 * {@code .cfg} file there defines a topic, editing it changes the topic, deleting it removes it.
 */
class HotDeployTest {
	private static final Story MARKED = Story.of("시험 기사", "본문에 SWAPMARK 가 들어 있다.");
	private static final Story TIDAL = Story.of("서해안 조력발전소 건설 추진",
		"충남 서해안에 조력발전소를 짓는 사업이 추진된다. 조력발전소는 밀물과 썰물의 차이로 전기를 만든다.");
	private static final Story TIDAL_ENERGY_ONLY = Story.of("해양에너지 연구 확대",
		"정부는 해양에너지 연구를 늘린다. 조류 발전과 파력 발전도 대상이다. 해양에너지 기술 기업도 참여한다.");
	private static final String TOPIC = "tidal_power";

	private final Pipeline pipeline = Framework.service(Pipeline.class);
	private Path deploy;

	@BeforeEach
	void deployFolder() throws Exception {
		deploy = Path.of(Framework.context().getProperty("felix.fileinstall.dir"));
		Files.createDirectories(deploy);
	}

	@AfterEach
	void deleteTopics() throws Exception {
		ConfiguredTopicTest.deleteTopicConfigurations();
	}

	/** Records every bundle event of a bundle other than the fixture. */
	private static final class OtherBundleEvents implements BundleListener {
		final List<String> seen = new ArrayList<>();

		@Override
		public synchronized void bundleChanged(BundleEvent e) {
			if (!Bundles.FIXTURE.equals(e.getBundle().getSymbolicName())) {
				seen.add(e.getBundle().getSymbolicName() + " event " + e.getType());
			}
		}
	}

	@Test
	void aJarDroppedInDeployServesItsTopicAndDeletingItBringsBackThePreviousClassifierRestartingNothingElse()
		throws Exception {
		String original = Bundles.activeLabel("data_center");
		Map<Long, String> before = Bundles.snapshot();
		OtherBundleEvents events = new OtherBundleEvents();
		Framework.context().addBundleListener(events);
		Path jar = deploy.resolve("swap-classifier.jar");
		try {
			long dropped = System.nanoTime();
			Path part = deploy.resolveSibling("swap-classifier.jar.part");
			Files.copy(Bundles.fixtureJar(), part, StandardCopyOption.REPLACE_EXISTING);
			moveIn(part, jar);
			assertTrue(Framework.eventually(() -> Bundles.activeLabel("data_center").startsWith(Bundles.FIXTURE + " ")));
			System.out.printf("hot deploy: the dropped jar served data_center after %d ms%n",
				(System.nanoTime() - dropped) / 1_000_000);
			assertTrue(pipeline.process("deploy.txt", 0, MARKED).topics().contains("data_center"));

			long deleted = System.nanoTime();
			Files.delete(jar);
			assertTrue(Framework.eventually(() -> Arrays.stream(Framework.context().getBundles())
				.noneMatch(b -> Bundles.FIXTURE.equals(b.getSymbolicName()))));
			System.out.printf("hot deploy: the deleted jar was uninstalled after %d ms%n",
				(System.nanoTime() - deleted) / 1_000_000);
			assertEquals(original, Bundles.activeLabel("data_center"));
			assertEquals(original, pipeline.process("deploy.txt", 0, MARKED).classifiers().get("data_center"));
		} finally {
			Framework.context().removeBundleListener(events);
			Files.deleteIfExists(jar);
		}
		assertEquals(List.of(), events.seen);
		assertEquals(before, Bundles.snapshot());
	}

	private boolean served(String topic) {
		return pipeline.classifiers().stream().anyMatch(c -> c.topic().equals(topic));
	}

	private void writeTopic(Path file, String cues) throws Exception {
		Path part = deploy.resolveSibling(file.getFileName() + ".part");
		Files.writeString(part, "topic = " + TOPIC + "\ncues = " + cues + "\nthreshold = 0.5\n", StandardCharsets.UTF_8);
		moveIn(part, file);
	}

	/** Moves a file written beside the deploy folder into it, so the watcher never reads half a file. */
	private static void moveIn(Path written, Path target) throws Exception {
		Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	@Test
	void aCfgFileInDeployDefinesATopicThatFollowsTheFileUntilItIsDeleted() throws Exception {
		Path cfg = deploy.resolve(ConfiguredTopicTest.FACTORY_PID + "-tidal.cfg");
		try {
			writeTopic(cfg, "조력발전소");
			assertTrue(Framework.eventually(() -> served(TOPIC)));
			assertTrue(pipeline.process("tidal.txt", 0, TIDAL).topics().contains(TOPIC));
			assertTrue(pipeline.process("tidal.txt", 0, TIDAL).classifiers().get(TOPIC)
				.startsWith(ConfiguredTopicTest.LEXICON_BUNDLE));
			assertFalse(pipeline.process("ocean.txt", 0, TIDAL_ENERGY_ONLY).topics().contains(TOPIC));

			writeTopic(cfg, "조력발전소, 해양에너지, 조류 발전");
			assertTrue(Framework.eventually(() -> pipeline.process("ocean.txt", 0, TIDAL_ENERGY_ONLY).topics().contains(TOPIC)));

			Files.delete(cfg);
			assertTrue(Framework.eventually(() -> !served(TOPIC)));
		} finally {
			Files.deleteIfExists(cfg);
		}
	}

	@Test
	void theTopicCommandLeavesAFileTopicToItsFileAndDeletesTheFileWithTheTopic() throws Exception {
		Path cfg = deploy.resolve(ConfiguredTopicTest.FACTORY_PID + "-tidal.cfg");
		try {
			writeTopic(cfg, "조력발전소");
			assertTrue(Framework.eventually(() -> served(TOPIC)));
			Exception refused = assertThrows(Exception.class,
				() -> ConfiguredTopicTest.radarTopic("create", TOPIC, "--threshold", "0.2"));
			assertTrue(String.valueOf(refused.getCause()).contains("edit that file"), refused::toString);
			ConfiguredTopicTest.radarTopic("delete", TOPIC);
			assertFalse(Files.exists(cfg));
			assertTrue(Framework.eventually(() -> !served(TOPIC)));
		} finally {
			Files.deleteIfExists(cfg);
		}
	}

	@Test
	void aTopicWhoseFileWasDeletedWhileTheWorkbenchWasDownIsRemovedWhenItStarts() throws Exception {
		// what FileInstall left in Config Admin for a file it never saw deleted
		Dictionary<String, Object> orphan = ConfiguredTopicTest.topic(TOPIC, "조력발전소", 0.5);
		orphan.put("felix.fileinstall.filename", deploy.resolve("gone.cfg").toUri().toString());
		Framework.service(ConfigurationAdmin.class).getFactoryConfiguration(ConfiguredTopicTest.FACTORY_PID, "gone", "?")
			.update(orphan);
		assertTrue(Framework.eventually(() -> served(TOPIC)));
		Bundle topics = Arrays.stream(Framework.context().getBundles())
			.filter(b -> "org.newsradar.classifier.lexicon".equals(b.getSymbolicName())).findFirst().orElseThrow();
		topics.stop();
		topics.start();
		assertTrue(Framework.eventually(() -> !served(TOPIC)));
		assertEquals(null, Framework.service(ConfigurationAdmin.class)
			.listConfigurations("(service.factoryPid=" + ConfiguredTopicTest.FACTORY_PID + ")"));
	}
}
