package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The framework state survives a new launcher jar: a bundle that an earlier launcher installed
 * (location jar/NAME.jar) and the new one no longer carries is uninstalled by the next run instead
 * of starting with every run.
 */
class LauncherUpgradeTest {
	private static final String DROPPED = "org.newsradar.itest.dropped";

	@TempDir
	Path work;

	@Test
	void aBundleTheLauncherNoLongerCarriesIsUninstalledByTheNextRun() throws Exception {
		Newsradar newsradar = new Newsradar(work);
		Path jar = work.resolve("dropped.jar");
		writeEmptyBundle(jar);
		// as an earlier launcher would have: installed from its jar at jar/NAME.jar, and started
		Path install = work.resolve("install.txt");
		Files.writeString(install, "(installbundle jar/" + DROPPED + "-1.0.0.jar (new java.io.FileInputStream '" + jar
			+ "')) start\nlb -s " + DROPPED + "\n");
		Newsradar.Result installed = newsradar.run(work, install);
		assertEquals(0, installed.status(), installed::toString);
		assertTrue(installed.out().contains("Active") && installed.out().contains(DROPPED), installed::toString);

		Newsradar.Result next = newsradar.run(work, null, "topics");
		assertEquals(0, next.status(), next::toString);
		assertTrue(next.err().contains("uninstalled " + DROPPED + " 1.0.0, which this launcher no longer carries"), next::toString);

		Path list = work.resolve("list.txt");
		Files.writeString(list, "lb -s\n");
		Newsradar.Result after = newsradar.run(work, list);
		assertEquals(0, after.status(), after::toString);
		assertFalse(after.out().contains(DROPPED), after::out);
	}

	private static void writeEmptyBundle(Path jar) throws java.io.IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", DROPPED);
		main.putValue("Bundle-Version", "1.0.0");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			// a manifest is all the bundle needs
		}
	}
}
