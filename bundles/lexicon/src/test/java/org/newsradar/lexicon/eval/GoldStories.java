package org.newsradar.lexicon.eval;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.Story;

/**
 * The labelled stories of a gold file (the format of ../shared/dev/gold.jsonl), each cut out of
 * its page the way score.py cuts the gold body: the visible text with white space squashed, from
 * body_start to body_end, repeated sentences dropped.
 */
final class GoldStories {
	record Labelled(String file, Story story, Set<String> topics) {
	}

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4",
		"h5", "h6", "article", "section", "header", "footer", "nav", "aside", "ul", "ol", "table", "title",
		"blockquote");

	private GoldStories() {
	}

	@SuppressWarnings("unchecked")
	static List<Labelled> read(Path gold, Path docs) throws IOException {
		List<Labelled> out = new ArrayList<>();
		for (String line : Files.readAllLines(gold)) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, Object> page = (Map<String, Object>) Json.parse(line);
			String file = (String) page.get("file");
			String encoding = (String) page.getOrDefault("encoding", "UTF-8");
			String raw = new String(Files.readAllBytes(docs.resolve(file)), Charset.forName(encoding == null ? "UTF-8" : encoding));
			String text = "html".equals(page.get("format")) ? visibleText(raw) : raw;
			String squashed = squash(Normalizer.normalize(text, Normalizer.Form.NFC));
			for (Object o : (List<Object>) page.get("stories")) {
				Map<String, Object> st = (Map<String, Object>) o;
				String body = cut(squashed, (String) st.get("body_start"), (String) st.get("body_end"));
				Set<String> topics = new HashSet<>();
				((List<Object>) st.get("topics")).forEach(t -> topics.add((String) t));
				out.add(new Labelled(file, Story.of((String) st.get("title"), body == null ? "" : body), topics));
			}
		}
		return out;
	}

	/**
	 * Composed held-out stories, one JSON object a line: {@code id}, {@code title}, {@code body}
	 * (paragraphs separated by a line break) and {@code topics}; the id stands where a page's file
	 * name would.
	 */
	@SuppressWarnings("unchecked")
	static List<Labelled> readComposed(Path stories) throws IOException {
		List<Labelled> out = new ArrayList<>();
		for (String line : Files.readAllLines(stories)) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, Object> st = (Map<String, Object>) Json.parse(line);
			Set<String> topics = new HashSet<>();
			((List<Object>) st.get("topics")).forEach(t -> topics.add((String) t));
			String title = Normalizer.normalize((String) st.get("title"), Normalizer.Form.NFC);
			String body = Normalizer.normalize((String) st.get("body"), Normalizer.Form.NFC);
			out.add(new Labelled((String) st.get("id"), Story.of(title, body), topics));
		}
		return out;
	}

	private static String cut(String text, String start, String end) {
		int a = text.indexOf(squash(start));
		if (a < 0) {
			return null;
		}
		int b = text.indexOf(squash(end), a);
		if (b < 0) {
			return null;
		}
		String span = text.substring(a, b + squash(end).length());
		Set<String> seen = new HashSet<>();
		List<String> keep = new ArrayList<>();
		for (String sentence : span.split("(?<=[.!?。”\"])\\s+")) {
			if (seen.add(sentence)) {
				keep.add(sentence);
			}
		}
		return String.join(" ", keep);
	}

	private static String squash(String s) {
		return s.replaceAll("\\s+", " ").strip();
	}

	/** The text a browser would show, block elements on their own lines (as score.py reads HTML). */
	private static String visibleText(String html) {
		StringBuilder out = new StringBuilder();
		Element root = Jsoup.parse(html);
		root.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode t && !hidden(t)) {
					out.append(t.getWholeText());
				} else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
					out.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
					out.append('\n');
				}
			}
		});
		return out.toString();
	}

	private static boolean hidden(TextNode t) {
		for (Node n = t.parentNode(); n != null; n = n.parentNode()) {
			if (n instanceof Element e && Set.of("script", "style", "noscript").contains(e.normalName())) {
				return true;
			}
		}
		return false;
	}
}
