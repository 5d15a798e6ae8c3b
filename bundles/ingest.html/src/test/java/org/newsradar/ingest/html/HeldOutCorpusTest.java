package org.newsradar.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.Story;

/**
 * The held-out corpus (heldout/: pages of many site structures and languages composed for it, in two
 * batches, with gold in the format of the shared dev set) read as the pipeline reads it and scored as
 * ../shared/tools/score.py scores bodies: for every page the number of stories, each story's body
 * token F1 against the gold span, and no listed noise line in the bodies. The levels are those the
 * extractor reaches, so that a change losing an article on a structure it handled fails the build.
 */
class HeldOutCorpusTest {
	/** Lowest body F1 of a story: below it the article was cut, or furniture came in. */
	private static final double MIN_F1 = 0.9;
	/** Lowest mean body F1 over all stories. */
	private static final double MIN_MEAN_F1 = 0.975;
	/** Stories the reader cannot yet read better, with the F1 they reach (see each reason). */
	private static final Map<String, Double> KNOWN_WEAK = Map.of(
		// the third brief ends with a sentence of 19 visible characters: too short to be prose to the story finder (ingest.common)
		"b02-ko-briefing-digest.html", 0.8);
	/** Noise the reader still lets through, and why. */
	private static final Map<String, Set<String>> KNOWN_LEAKS = Map.of();
	/** The tags score.py breaks visible text at. */
	private static final Set<String> BREAKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article",
		"section", "header", "footer", "nav", "aside", "ul", "ol", "table", "title", "blockquote");
	private static final Set<String> UNSEEN = Set.of("script", "style", "noscript");
	private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
	private static final Pattern SENTENCE_END = Pattern.compile("(?U)(?<=[.!?。”\"])\\s+");

	private final CorpusRun ingest = new CorpusRun();

	@Test
	void everyPageKeepsItsStoriesAndLeaksNoNoise() throws Exception {
		List<String> failures = new ArrayList<>();
		double sum = 0;
		int stories = 0;
		for (Map<String, Object> gold : gold()) {
			String file = (String) gold.get("file");
			byte[] bytes = resource(file);
			List<Story> read = ingest.read(file, bytes);
			List<Map<String, Object>> wanted = list(gold.get("stories"));
			if (read.size() != wanted.size()) {
				failures.add(file + ": " + read.size() + " stories, not " + wanted.size());
			}
			String text = squash(visibleText(new String(bytes, Charset.forName((String) gold.get("encoding")))));
			Set<Integer> used = new LinkedHashSet<>();
			for (Map<String, Object> story : wanted) {
				double f1 = bestF1(goldBody(text, story), read, used);
				sum += f1;
				stories++;
				if (f1 < KNOWN_WEAK.getOrDefault(file, MIN_F1)) {
					failures.add(file + ": story '" + story.get("title") + "' body F1 " + f1);
				}
			}
			StringBuilder bodies = new StringBuilder();
			read.forEach(s -> bodies.append(s.body()).append(' '));
			String all = squash(bodies.toString());
			for (Object noise : list(gold.get("noise"))) {
				String line = squash((String) noise);
				if (!line.isEmpty() && all.contains(line) && !KNOWN_LEAKS.getOrDefault(file, Set.of()).contains(line)) {
					failures.add(file + ": noise leaked: " + line);
				}
			}
		}
		assertEquals(List.of(), failures);
		assertTrue(stories >= 31, "stories scored: " + stories);
		assertTrue(sum / stories >= MIN_MEAN_F1, "mean body F1 " + sum / stories);
	}

	/** As score.py aligns: the unused story whose body holds most of the gold one, if any holds a fifth. */
	private static double bestF1(String goldBody, List<Story> read, Set<Integer> used) {
		int best = -1;
		double bestF1 = -1;
		for (int i = 0; i < read.size(); i++) {
			double f = f1(read.get(i).body(), goldBody);
			if (!used.contains(i) && f > bestF1) {
				best = i;
				bestF1 = f;
			}
		}
		if (best < 0 || bestF1 <= 0.2) {
			return f1("", goldBody);
		}
		used.add(best);
		return bestF1;
	}

	/** score.py's gold body: the visible text from the story's start to its end, each sentence once. */
	private static String goldBody(String text, Map<String, Object> story) {
		int from = text.indexOf(squash((String) story.get("body_start")));
		String end = squash((String) story.get("body_end"));
		int to = from < 0 ? -1 : text.indexOf(end, from);
		if (to < 0) {
			return "";
		}
		Set<String> sentences = new LinkedHashSet<>(List.of(SENTENCE_END.split(text.substring(from, to + end.length()))));
		return String.join(" ", sentences);
	}

	/** Token F1 of two texts as bags of space-separated tokens. */
	private static double f1(String predicted, String gold) {
		Map<String, Integer> goldTokens = tokens(gold);
		Map<String, Integer> predictedTokens = tokens(predicted);
		int common = 0;
		for (Map.Entry<String, Integer> t : predictedTokens.entrySet()) {
			common += Math.min(t.getValue(), goldTokens.getOrDefault(t.getKey(), 0));
		}
		int p = count(predictedTokens);
		int g = count(goldTokens);
		double precision = p == 0 ? (g == 0 ? 1 : 0) : (double) common / p;
		double recall = g == 0 ? 1 : (double) common / g;
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	private static Map<String, Integer> tokens(String text) {
		Map<String, Integer> bag = new HashMap<>();
		String s = squash(text);
		if (!s.isEmpty()) {
			for (String t : s.split(" ")) {
				bag.merge(t, 1, Integer::sum);
			}
		}
		return bag;
	}

	private static int count(Map<String, Integer> bag) {
		return bag.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static String squash(String s) {
		return SPACES.matcher(s).replaceAll(" ").strip();
	}

	/** The page's text as score.py sees it: scripts and styles left out, a break at each block tag. */
	private static String visibleText(String html) {
		StringBuilder out = new StringBuilder();
		visible(Jsoup.parse(html), out);
		return out.toString();
	}

	private static void visible(Node node, StringBuilder out) {
		if (node instanceof TextNode t) {
			out.append(t.getWholeText());
		} else if (node instanceof Element e && !UNSEEN.contains(e.normalName())) {
			boolean breaks = BREAKS.contains(e.normalName());
			out.append(breaks ? "\n" : "");
			for (Node child : e.childNodes()) {
				visible(child, out);
			}
			out.append(breaks ? "\n" : "");
		}
	}

	private List<Map<String, Object>> gold() throws IOException {
		List<Map<String, Object>> pages = new ArrayList<>();
		for (String line : new String(resource("gold.jsonl"), StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) {
				pages.add(map(Json.parse(line)));
			}
		}
		return pages;
	}

	private byte[] resource(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("heldout/" + name)) {
			assertTrue(in != null, "missing heldout/" + name);
			return in.readAllBytes();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object json) {
		return (Map<String, Object>) json;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object json) {
		return (List<T>) json;
	}
}
