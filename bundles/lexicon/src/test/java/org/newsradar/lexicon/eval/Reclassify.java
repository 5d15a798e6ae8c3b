package org.newsradar.lexicon.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsradar.api.json.Json;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.model.Story;
import org.newsradar.lexicon.LexiconClassifier;

/**
 * Re-decides the topics of a {@code stories.jsonl} written by {@code ./newsradar classify} with the
 * lexicons as they are in the source tree, so a lexicon change can be scored end to end with
 * score.py without rebuilding the launcher. Writes source, story, title, body, topics, scores.
 *
 * <p>usage: {@code Reclassify IN.jsonl OUT.jsonl} (working directory: bundles/lexicon)
 */
public final class Reclassify {
	private Reclassify() {
	}

	@SuppressWarnings("unchecked")
	public static void main(String[] args) throws IOException {
		Map<String, LexiconClassifier> classifiers = ShippedClassifiers.load();
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
			for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				Map<String, Object> rec = (Map<String, Object>) Json.parse(line);
				if (!rec.containsKey("body")) {
					continue;
				}
				Story story = Story.of((String) rec.getOrDefault("title", ""), (String) rec.get("body"));
				List<String> topics = new ArrayList<>();
				List<String> scores = new ArrayList<>();
				for (var c : classifiers.entrySet()) {
					Classification d = c.getValue().classify(story);
					if (d.accepted()) {
						topics.add(quote(c.getKey()));
					}
					scores.add(quote(c.getKey()) + ": " + String.format(java.util.Locale.ROOT, "%.4f", d.score()));
				}
				out.println("{\"source\": " + quote((String) rec.get("source")) + ", \"story\": "
					+ ((Number) rec.get("story")).intValue() + ", \"title\": " + quote(story.title()) + ", \"body\": "
					+ quote(story.body()) + ", \"topics\": [" + String.join(", ", topics) + "], \"scores\": {"
					+ String.join(", ", scores) + "}}");
			}
		}
	}

	private static String quote(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return b.append('"').toString();
	}
}
