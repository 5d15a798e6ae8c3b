package org.newsradar.core.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsradar.api.json.Json;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;

/**
 * Checks the installed classifiers against a gold file (the format of the project's labelled
 * pages): per-topic precision, recall and F1, and every false positive and negative with the
 * evidence and score behind it. Gold stories are matched to the stories read from their page by
 * the opening words of the gold body, then by title, then by position.
 */
final class Evaluation {
	private final Pipeline pipeline;
	private final Map<String, int[]> counts = new TreeMap<>();
	private final List<String> falsePositives = new ArrayList<>();
	private final List<String> falseNegatives = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();

	Evaluation(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	String run(Path gold, Path docs) throws IOException {
		List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
		for (int n = 0; n < lines.size(); n++) {
			if (lines.get(n).isBlank()) {
				continue;
			}
			Map<?, ?> entry;
			try {
				entry = (Map<?, ?>) Json.parse(lines.get(n));
			} catch (IllegalArgumentException | ClassCastException e) {
				problems.add(gold + " line " + (n + 1) + ": " + e.getMessage());
				continue;
			}
			evaluate(docs, entry);
		}
		return report();
	}

	private void evaluate(Path docs, Map<?, ?> entry) {
		String file = String.valueOf(entry.get("file"));
		List<StoryRecord> predicted = new ArrayList<>();
		pipeline.process(List.of(docs.resolve(file).toString()), new RecordSink() {
			@Override
			public void story(StoryRecord record) {
				predicted.add(record);
			}

			@Override
			public void error(SourceError error) {
				problems.add(file + ": " + error.error());
			}
		});
		List<?> stories = (List<?>) entry.get("stories");
		boolean[] used = new boolean[predicted.size()];
		for (int i = 0; i < stories.size(); i++) {
			Map<?, ?> g = (Map<?, ?>) stories.get(i);
			int match = align(g, i, predicted, used);
			StoryRecord p = match < 0 ? null : predicted.get(match);
			if (match >= 0) {
				used[match] = true;
			}
			TreeSet<String> goldTopics = new TreeSet<>();
			((List<?>) g.get("topics")).forEach(t -> goldTopics.add(t.toString()));
			String where = file + "#" + i + " \"" + shorten(String.valueOf(g.get("title"))) + "\"";
			tally(goldTopics, p, where);
		}
		for (int j = 0; j < predicted.size(); j++) {
			if (!used[j]) {
				tally(new TreeSet<>(), predicted.get(j), file + "#" + j + " (no gold story) \""
					+ shorten(predicted.get(j).title()) + "\"");
			}
		}
	}

	private void tally(TreeSet<String> gold, StoryRecord p, String where) {
		TreeSet<String> topics = new TreeSet<>(gold);
		if (p != null) {
			topics.addAll(p.scores().keySet());
		}
		for (String t : topics) {
			int[] c = counts.computeIfAbsent(t, k -> new int[3]);
			boolean g = gold.contains(t);
			boolean got = p != null && p.topics().contains(t);
			if (g && got) {
				c[0]++;
			} else if (got) {
				c[1]++;
				falsePositives.add(t + "  " + where + "  score " + score(p, t) + "  evidence: " + evidence(p, t));
			} else if (g) {
				c[2]++;
				falseNegatives.add(t + "  " + where + "  score " + (p == null ? "(story not found)" : score(p, t)));
			}
		}
	}

	private static int align(Map<?, ?> gold, int index, List<StoryRecord> predicted, boolean[] used) {
		String start = squash(String.valueOf(gold.get("body_start")));
		String opening = start.substring(0, Math.min(start.length(), 20));
		String title = squash(String.valueOf(gold.get("title")));
		for (int j = 0; j < predicted.size(); j++) {
			if (!used[j] && !opening.isEmpty() && squash(predicted.get(j).body()).contains(opening)) {
				return j;
			}
		}
		for (int j = 0; j < predicted.size(); j++) {
			if (!used[j] && squash(predicted.get(j).title()).equals(title)) {
				return j;
			}
		}
		return index < predicted.size() && !used[index] ? index : -1;
	}

	private String report() {
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %9s %9s %5s %5s %5s%n",
			"TOPIC", "PRECISION", "RECALL", "F1", "TP", "FP", "FN"));
		double sum = 0;
		counts.values().removeIf(c -> c[0] + c[1] + c[2] == 0); // neither expected nor found: nothing to judge
		for (var e : counts.entrySet()) {
			int[] c = e.getValue();
			double p = c[0] + c[1] == 0 ? (c[2] == 0 ? 1 : 0) : c[0] / (double) (c[0] + c[1]);
			double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
			double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
			sum += f;
			sb.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %5d %5d %5d%n", e.getKey(), p, r, f, c[0],
				c[1], c[2]));
		}
		sb.append(String.format(Locale.ROOT, "macro-F1 %.3f over %d topics%n",
			counts.isEmpty() ? 0 : sum / counts.size(), counts.size()));
		section(sb, "false positives", falsePositives);
		section(sb, "false negatives", falseNegatives);
		section(sb, "problems", problems);
		return sb.toString().stripTrailing();
	}

	private static void section(StringBuilder sb, String name, List<String> lines) {
		sb.append(name).append(" (").append(lines.size()).append(")\n");
		lines.forEach(l -> sb.append("  ").append(l).append('\n'));
	}

	private static String score(StoryRecord p, String topic) {
		Double s = p.scores().get(topic);
		return s == null ? "(not scored)" : String.format(Locale.ROOT, "%.3f", s);
	}

	private static String evidence(StoryRecord p, String topic) {
		List<String> parts = new ArrayList<>();
		for (Evidence e : p.evidence().getOrDefault(topic, List.of())) {
			parts.add(e.text() + " (" + e.field() + " " + e.start() + ")");
		}
		return parts.isEmpty() ? "none" : String.join(", ", parts);
	}

	private static String squash(String s) {
		return s.replaceAll("\\s+", " ").strip();
	}

	private static String shorten(String s) {
		return s.length() <= 40 ? s : s.substring(0, 40) + "…";
	}
}
