package org.newsradar.source.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The composed paragraphs, names and page noise that generated pages are made of, read from
 * {@code fixtures.txt} and {@code places.txt} beside this class.
 */
final class Fixtures {
	/** A 시·도 and some of its cities. */
	record Region(String name, List<String> cities) {
	}

	private final Map<String, List<String>> pools;
	private final List<Region> regions;

	private Fixtures(Map<String, List<String>> pools, List<Region> regions) {
		this.pools = pools;
		this.regions = regions;
	}

	static Fixtures load() {
		Map<String, List<String>> pools = new LinkedHashMap<>();
		List<String> current = null;
		for (String line : lines("fixtures.txt")) {
			if (line.startsWith("[") && line.endsWith("]")) {
				current = pools.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
			} else if (current != null) {
				current.add(line);
			}
		}
		List<Region> regions = new ArrayList<>();
		for (String line : lines("places.txt")) {
			List<String> words = Arrays.asList(line.split(" "));
			regions.add(new Region(words.get(0), List.copyOf(words.subList(1, words.size()))));
		}
		pools.replaceAll((k, v) -> List.copyOf(v));
		return new Fixtures(Map.copyOf(pools), List.copyOf(regions));
	}

	/** @return the non-empty, non-comment lines of a resource beside this class */
	private static List<String> lines(String resource) {
		try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	/** @return the entries of a pool, e.g. {@code data_center.lead} or {@code companies} */
	List<String> pool(String name) {
		List<String> p = pools.get(name);
		if (p == null || p.isEmpty()) {
			throw new IllegalStateException("fixtures.txt has no entries in [" + name + "]");
		}
		return p;
	}

	boolean has(String name) {
		return pools.containsKey(name);
	}

	List<Region> regions() {
		return regions;
	}
}
