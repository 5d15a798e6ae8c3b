package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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

		copyAsCandidate(newsradar.launcherJar(), newsradar.deploy().resolve("csr-candidate.jar"));
		Newsradar.Result after = newsradar.run(work, null, "classifiers");
		assertEquals(0, after.status(), after::toString);
		String line = after.out().lines().filter(l -> l.contains(CANDIDATE)).findFirst()
			.orElseThrow(() -> new AssertionError("the deployed classifier is not listed:\n" + after));
		assertTrue(line.startsWith("csr_event"), line);
	}

	/**
	 * Writes the launcher's CSR classifier bundle to {@code target} under another symbolic name: a
	 * second classifier for the same topic.
	 */
	private static void copyAsCandidate(Path launcherJar, Path target) throws IOException {
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
					} else {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
	}
}
