package org.newsradar.core.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LauncherLeftoversTest {
	private static final String CARRIED = "jar/org.apache.felix.scr-2.2.18.jar,jar/org.apache.felix.gogo.jline-1.1.8.jar";

	@Test
	void anEmbeddedBundleTheLauncherNoLongerCarriesIsALeftover() {
		List<String> installed = List.of("System Bundle", "jar/org.apache.felix.scr-2.2.18.jar",
			"jar/org.apache.felix.gogo.shell-1.1.4.jar", "jar/org.apache.felix.gogo.jline-1.1.8.jar");
		assertEquals(List.of("jar/org.apache.felix.gogo.shell-1.1.4.jar"), LauncherLeftovers.leftovers(installed, CARRIED));
	}

	@Test
	void anOlderVersionOfACarriedBundleIsALeftover() {
		assertEquals(List.of("jar/org.apache.felix.scr-2.2.16.jar"),
			LauncherLeftovers.leftovers(List.of("jar/org.apache.felix.scr-2.2.16.jar"), CARRIED));
	}

	@Test
	void bundlesFromDeployTheShellOrTheWebAreNeverLeftovers() {
		List<String> installed = List.of("file:/home/me/newsradar/deploy/candidate.jar", "file:/tmp/x.jar",
			"inputstream:upload.jar", "jar:file:/tmp/a.jar!/b.jar");
		assertEquals(List.of(), LauncherLeftovers.leftovers(installed, CARRIED));
	}

	@Test
	void spacesAroundTheCarriedLocationsDoNotMatter() {
		assertEquals(List.of(), LauncherLeftovers.leftovers(List.of("jar/org.apache.felix.gogo.jline-1.1.8.jar"),
			" jar/org.apache.felix.scr-2.2.18.jar , jar/org.apache.felix.gogo.jline-1.1.8.jar "));
	}
}
