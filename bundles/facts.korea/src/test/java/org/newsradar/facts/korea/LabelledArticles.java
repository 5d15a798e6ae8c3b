package org.newsradar.facts.korea;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles written for the tests, with the facts a labeller would record, read from a resource:
 * {@code === title}, the body lines, then {@code --- field: values} lines (comma-separated, empty
 * for none); the {@code jobs} line ends an article. Lines starting with {@code #} are comments.
 */
final class LabelledArticles {

	/** One article; {@code labels} maps each field named in the file to its values. */
	record Article(String title, String body, Map<String, Set<String>> labels) {
		/** @return the values of a field, or {@code null} when the article does not label it */
		Set<String> label(String field) {
			return labels.get(field);
		}

		@Override
		public String toString() {
			return title;
		}
	}

	private LabelledArticles() {
	}

	/** @param resource a path as {@link Class#getResourceAsStream} takes it, relative to this package or absolute */
	static List<Article> read(String resource) {
		try (InputStream in = LabelledArticles.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no such test resource: " + resource);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Article> parse(String text) {
		List<Article> out = new ArrayList<>();
		String title = null;
		StringBuilder body = new StringBuilder();
		Map<String, Set<String>> labels = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			if (line.startsWith("=== ")) {
				title = line.substring(4).strip();
				body.setLength(0);
				labels = new LinkedHashMap<>();
			} else if (line.startsWith("--- ") && line.indexOf(':') > 0) {
				String field = line.substring(4, line.indexOf(':')).strip();
				labels.put(field, values(line));
				if (field.equals("jobs")) {
					out.add(new Article(title, body.toString().strip(), Map.copyOf(labels)));
				}
			} else {
				body.append(line).append('\n');
			}
		}
		return out;
	}

	private static Set<String> values(String line) {
		Set<String> out = new LinkedHashSet<>();
		for (String v : line.substring(line.indexOf(':') + 1).split(",")) {
			if (!v.isBlank()) {
				out.add(v.strip());
			}
		}
		return out;
	}
}
