package org.newsradar.lexicon.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.newsradar.api.model.Story;

/**
 * Composed test stories with the decision an analyst expects, read from a {@code .cases} file:
 *
 * <pre>
 * [accept] what the case shows
 * T: the title
 * B: a body paragraph
 * B: another paragraph
 * </pre>
 *
 * ({@code [reject]} for a story the topic must not be assigned to; blank lines and {@code #}
 * comments between cases are ignored). Shared by the classifier bundles' tests as a test jar.
 */
public final class StoryCases {
	/** One case: its name, the story, and whether the topic must be assigned. */
	public record StoryCase(String name, Story story, boolean accept) {
		@Override
		public String toString() {
			return (accept ? "accepts " : "rejects ") + name;
		}
	}

	private StoryCases() {
	}

	public static List<StoryCase> resource(Class<?> owner, String resource) {
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no resource " + resource);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<StoryCase> read(Reader reader) throws IOException {
		List<StoryCase> cases = new ArrayList<>();
		String name = null;
		boolean accept = false;
		String title = "";
		List<String> body = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(reader)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("[accept] ") || line.startsWith("[reject] ")) {
					if (name != null) {
						cases.add(new StoryCase(name, Story.of(title, String.join("\n", body)), accept));
					}
					accept = line.startsWith("[accept]");
					name = line.substring(9).strip();
					title = "";
					body = new ArrayList<>();
				} else if (line.startsWith("T: ")) {
					title = line.substring(3).strip();
				} else if (line.startsWith("B: ")) {
					body.add(line.substring(3).strip());
				} else if (!line.isBlank() && !line.startsWith("#")) {
					throw new IllegalArgumentException("unexpected line in cases: " + line);
				}
			}
		}
		if (name != null) {
			cases.add(new StoryCase(name, Story.of(title, String.join("\n", body)), accept));
		}
		return cases;
	}
}
