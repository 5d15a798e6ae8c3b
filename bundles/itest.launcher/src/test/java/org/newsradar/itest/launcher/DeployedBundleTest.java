package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle dropped into deploy/ before a one-shot run is part of that run, although one-shot runs
 * start the framework only up to the pipeline's start level.
 */
class DeployedBundleTest {
	private static final String CANDIDATE = "org.newsradar.classifier.csr.candidate";

	@TempDir
	Path work;

	@Test
	void aClassifierDroppedIntoDeployBeforeTheRunStandsByForItsTopic() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Newsradar.Result before = newsradar.run(work, null, "classifiers");
		assertEquals(0, before.status(), before::toString);
		assertTrue(!before.out().contains(CANDIDATE), before::out);

		copyAsCandidate(newsradar.launcherJar(), newsradar.deploy().resolve("csr-candidate.jar"), null);
		Newsradar.Result after = newsradar.run(work, null, "classifiers");
		assertEquals(0, after.status(), after::toString);
		String line = after.out().lines().filter(l -> l.contains(CANDIDATE)).findFirst()
			.orElseThrow(() -> new AssertionError("the deployed classifier is not listed:\n" + after));
		assertTrue(line.startsWith("csr_event"), line);
	}

	/**
	 * A deploy/ jar replaced by one whose component differs (a higher service.ranking: -1, then 5) serves with the
	 * new description in the next run: the component descriptions SCR keeps in the framework state
	 * (ds.cache.metadata) are read again for a bundle that changed.
	 */
	@Test
	void aDeployedClassifierReplacedWithAHigherRankingServesItsTopicInTheNextRun() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path jar = newsradar.deploy().resolve("csr-candidate.jar");
		copyAsCandidate(newsradar.launcherJar(), jar, -1);
		Newsradar.Result standby = newsradar.run(work, null, "classifiers");
		assertEquals(0, standby.status(), standby::toString);
		assertEquals(List.of("csr_event", "standby", CANDIDATE, "1.0.0", "-1"), columns(standby, CANDIDATE));
		// and once more, so this run's descriptions come from what the previous run kept
		assertEquals(0, newsradar.run(work, null, "classifiers").status());

		Path replacement = work.resolve("replacement.jar");
		copyAsCandidate(newsradar.launcherJar(), replacement, 5);
		Files.move(replacement, jar, StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 2000));
		Newsradar.Result active = newsradar.run(work, null, "classifiers");
		assertEquals(0, active.status(), active::toString);
		assertEquals(List.of("csr_event", "active", CANDIDATE, "1.0.0", "5"), columns(active, CANDIDATE));
	}

	/** TOPIC, STATE, BUNDLE, VERSION and RANKING of the classifiers table's line for {@code bundle}. */
	private static List<String> columns(Newsradar.Result r, String bundle) {
		String[] line = r.out().lines().filter(l -> l.contains(" " + bundle + " ")).findFirst()
			.orElseThrow(() -> new AssertionError(bundle + " is not listed:\n" + r)).trim().split("\\s+");
		return List.of(line[0], line[1], line[2], line[3], line[5]);
	}

	/**
	 * Writes the launcher's CSR classifier bundle to {@code target} under another symbolic name: a
	 * second classifier for the same topic.
	 */
	private static void copyAsCandidate(Path launcherJar, Path target, Integer ranking) throws IOException {
		try (JarFile launcher = new JarFile(launcherJar.toFile())) {
			ZipEntry embedded = launcher.stream().filter(e -> e.getName().startsWith("jar/org.newsradar.classifier.csr-"))
				.findFirst().orElseThrow(() -> new AssertionError("no CSR classifier in " + launcherJar));
			try (ZipInputStream in = new ZipInputStream(launcher.getInputStream(embedded));
				OutputStream file = Files.newOutputStream(target);
				ZipOutputStream out = new ZipOutputStream(file)) {
				for (ZipEntry e; (e = in.getNextEntry()) != null;) {
					out.putNextEntry(new ZipEntry(e.getName()));
					if (e.getName().equals(JarFile.MANIFEST_NAME)) {
						Manifest manifest = new Manifest(new ByteArrayInputStream(in.readAllBytes()));
						manifest.getMainAttributes().putValue("Bundle-SymbolicName", CANDIDATE);
						manifest.write(out);
					} else if (ranking != null && e.getName().startsWith("OSGI-INF/org.newsradar.classifier.csr.")) {
						String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
						String withRanking = xml.replace("<service>",
							"<property name=\"service.ranking\" type=\"Integer\" value=\"" + ranking + "\"/>\n  <service>");
						if (withRanking.equals(xml)) {
							throw new AssertionError("no <service> in " + e.getName());
						}
						out.write(withRanking.getBytes(StandardCharsets.UTF_8));
					} else {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
	}
}
