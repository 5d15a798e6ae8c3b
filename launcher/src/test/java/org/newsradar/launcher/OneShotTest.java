package org.newsradar.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;

class OneShotTest {
	@Test
	void startLevelsAreReadFromTheRunBundleAttributesByNameAndVersion() {
		Map<String, Integer> levels = OneShot.startLevels(
			"org.apache.felix.scr;version=\"2.2.18\";startlevel=1,org.jline;version=\"3.26.3\";startlevel=3,"
				+ "org.osgi.service.component;version=\"1.5.1.202212101352\";startlevel=1,no.level;version=\"1.0.0\"");
		assertEquals(Map.of("org.apache.felix.scr;2.2.18", 1, "org.jline;3.26.3", 3, "org.osgi.service.component;1.5.1.202212101352", 1),
			levels);
	}

	@Test
	void theMainThreadFilterMatchesACallableOrARunnableMarkedMainThread() throws Exception {
		Filter filter = FrameworkUtil.createFilter(OneShot.MAIN_THREAD);
		assertTrue(filter.matches(Map.of("objectClass", new String[] { "java.util.concurrent.Callable" }, "main.thread", true)));
		assertTrue(filter.matches(Map.of("objectClass", new String[] { "java.lang.Runnable" }, "main.thread", true)));
		assertFalse(filter.matches(Map.of("objectClass", new String[] { "java.util.concurrent.Callable" })));
		assertFalse(filter.matches(Map.of("objectClass", new String[] { "java.lang.Object" }, "main.thread", true)));
	}

	@Test
	void listsSplitOnCommasOutsideQuotes() {
		assertEquals(List.of("a;x=\"1,2\"", "b", "c"), OneShot.split(" a;x=\"1,2\" ,b,,c "));
		assertEquals(List.of(), OneShot.split(""));
	}

	@Test
	void theDigestIsTheFirstTheBndLauncherWouldUse() {
		Manifest manifest = new Manifest();
		Attributes entry = new Attributes();
		entry.putValue("MD5-Digest", "md5");
		entry.putValue("SHA-256-Digest", "sha256");
		manifest.getEntries().put("jar/a.jar", entry);
		assertEquals("sha256", OneShot.digest(manifest, "jar/a.jar"));
		assertNull(OneShot.digest(manifest, "jar/b.jar"));
	}
}
