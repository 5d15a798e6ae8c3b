package org.newsradar.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * Names and colours of topics: those of {@code topics.properties}, and palette colours for topics
 * the file does not know (a topic defined by configuration or a plugin, say). A topic's palette
 * colour follows from its name, so every page and every view shows it in the same colour.
 */
public final class TopicStyles {
	private static final List<String> PALETTE = List.of("#7c3aed", "#db2777", "#0891b2", "#65a30d", "#dc2626",
		"#4f46e5", "#ca8a04", "#0d9488");
	private final Properties known = new Properties();

	public TopicStyles() {
		try (InputStream in = TopicStyles.class.getResourceAsStream("topics.properties")) {
			known.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String label(String topic) {
		return known.getProperty(topic + ".label", topic);
	}

	public String color(String topic) {
		String color = known.getProperty(topic + ".color");
		return color != null ? color : PALETTE.get(Math.floorMod(topic.hashCode(), PALETTE.size()));
	}

	/** @return CSS giving every element marked {@code data-topic="…"} its topic's colour */
	public String css(Collection<String> topics) {
		StringBuilder css = new StringBuilder();
		for (String topic : topics) {
			css.append("[data-topic=\"").append(topic.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c "))
				.append("\"] { --topic-color: ").append(color(topic)).append("; }\n");
		}
		return css.toString();
	}
}
