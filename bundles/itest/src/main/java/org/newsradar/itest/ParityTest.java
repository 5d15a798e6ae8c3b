package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsradar.api.json.Json;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RunRequest;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The same bundles give the same output on Felix and on Equinox. Each framework's run of this test
 * classifies the same composed pages (written to the same path, so even record ids agree) and keeps
 * its JSON Lines as {@code <vendor>.jsonl} in the folder named by {@code newsradar.itest.parity},
 * with a digest of the newsradar bundles it ran as {@code <vendor>.bundles}. Felix, the
 * workbench's own framework, is the reference: its run replaces the reference output and checks
 * it; the Equinox run, which the build starts after the Felix run, must produce every other
 * framework's output byte for byte. Comparing two frameworks needs two runs: one framework
 * computing both sides would prove nothing. Two runs compare only when they ran the same bundles
 * (a module installed between them, as happens in a shared working tree, makes it moot).
 */
class ParityTest {
	private static final String REFERENCE_FRAMEWORK = "org.apache.felix.framework";
	private static final List<String> PAGES = List.of("fixtures/datacenter-page.txt",
		"fixtures/parity/smartfactory-page.html", "fixtures/parity/csr-page.txt", "fixtures/parity/digest-page.txt");
	private static final Set<String> SHIPPED_TOPICS = Set.of("data_center", "smart_factory", "csr_event");

	@Test
	void theSamePagesGiveTheSameRecordsOnEveryFramework() throws Exception {
		Path parity = Path.of(Framework.context().getProperty("newsradar.itest.parity"));
		Path pages = parity.resolve("pages");
		Files.createDirectories(pages);
		for (String page : PAGES) {
			try (InputStream in = ParityTest.class.getResourceAsStream("/" + page)) {
				Files.write(pages.resolve(Path.of(page).getFileName()), in.readAllBytes());
			}
		}
		Path out = Files.createTempDirectory("newsradar-parity");
		Framework.service(Pipeline.class).run(new RunRequest(List.of(pages.toString()), out, Set.of("jsonl"), Map.of(), null));
		List<String> lines = Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8);

		boolean reference = REFERENCE_FRAMEWORK.equals(Framework.context().getBundle(0).getSymbolicName());
		List<Path> others = outputs(parity);
		if (reference) {
			for (Path stale : others) {
				Files.delete(stale);
				Files.deleteIfExists(bundlesOf(stale));
			}
		}
		String vendor = Framework.context().getProperty(Constants.FRAMEWORK_VENDOR);
		Path mine = parity.resolve(vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".jsonl");
		Files.write(mine, lines, StandardCharsets.UTF_8);
		Files.write(bundlesOf(mine), newsradarBundles(), StandardCharsets.UTF_8);
		System.out.printf("parity: %s wrote %d records to %s%n", vendor, lines.size(), mine);
		others.remove(mine);
		if (reference) {
			assertWellFormed(lines);
		} else {
			assertFalse(others.isEmpty(), "no reference output in " + parity + ": the Felix run (itest.bndrun) runs first");
			for (Path other : others) {
				Path bundles = bundlesOf(other);
				assumeTrue(Files.exists(bundles) && Files.readAllLines(bundles).equals(newsradarBundles()),
					"the newsradar bundles changed between the runs: " + other + " is not comparable");
				assertEquals(Files.readAllLines(other, StandardCharsets.UTF_8), lines, "differs from " + other);
			}
		}
	}

	private static Path bundlesOf(Path output) {
		return output.resolveSibling(output.getFileName().toString().replace(".jsonl", ".bundles"));
	}

	/** @return each newsradar bundle with a digest of its content, in name order */
	private static List<String> newsradarBundles() throws Exception {
		List<String> digests = new ArrayList<>();
		for (Bundle b : Framework.context().getBundles()) {
			if (b.getSymbolicName().startsWith("org.newsradar.")) {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				List<URL> files = new ArrayList<>(Collections.list(b.findEntries("/", "*", true)));
				files.removeIf(entry -> entry.getPath().endsWith("/"));
				files.sort(Comparator.comparing(URL::getPath));
				for (URL file : files) {
					sha.update(file.getPath().getBytes(StandardCharsets.UTF_8));
					try (InputStream in = file.openStream()) {
						sha.update(in.readAllBytes());
					}
				}
				digests.add(b.getSymbolicName() + " " + HexFormat.of().formatHex(sha.digest()));
			}
		}
		digests.sort(Comparator.naturalOrder());
		return digests;
	}

	private static List<Path> outputs(Path parity) throws IOException {
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(parity, "*.jsonl")) {
			files.forEach(found::add);
		}
		return found;
	}

	/** The reference output: every page gave stories, each scored for every shipped topic without errors. */
	private static void assertWellFormed(List<String> lines) {
		Set<String> sources = new TreeSet<>();
		for (String line : lines) {
			Map<?, ?> record = (Map<?, ?>) Json.parse(line);
			sources.add(Path.of((String) record.get("source")).getFileName().toString());
			assertEquals(List.of(), record.get("errors"), line);
			assertTrue(((Map<?, ?>) record.get("scores")).keySet().containsAll(SHIPPED_TOPICS), line);
		}
		assertEquals(PAGES.stream().map(p -> Path.of(p).getFileName().toString()).sorted().toList(), List.copyOf(sources));
	}
}
