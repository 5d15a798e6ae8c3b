package org.newsradar.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsradar.ingest.common.Block;

/**
 * Finds the main content of any HTML page, without per-site rules. Page furniture is dropped first
 * (scripts, navigation, forms, asides, footers, and elements whose class or id names them as ads,
 * share bars, comments, related lists …); the page is cut into text blocks; each block of prose
 * scores for the elements around it (more for long text with commas, less for links), in the manner
 * of Readability; the best-scoring element and its good siblings are the content, returned as blocks
 * in reading order.
 */
final class ContentExtractor {
	/** Elements that never hold article text. */
	private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
		"object", "embed", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "dialog",
		"menu", "label", "video", "audio", "map");
	/** Elements that break text into blocks. */
	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
		"nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
		"td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "address", "center", "details", "summary", "hr",
		"br", "body", "form", "fieldset", "legend", "output", "hgroup", "dialog", "picture");
	/**
	 * Blocks whose score goes to the element around them rather than to themselves. A table cell or a
	 * div holding text runs (lines split by br) is itself the article's box and keeps its score.
	 */
	private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "pre", "blockquote", "dd", "dt", "h1", "h2", "h3",
		"h4", "h5", "h6", "span", "font", "b", "strong", "em", "i");
	private static final Pattern NAME_SPLIT = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");
	private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
	private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]+");
	private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200b\\u2060\\ufeff]");
	private static final Pattern COMMA = Pattern.compile("[,，、،]");
	/** Shortest block that votes for the element around it. */
	private static final int MIN_VOTE = 25;

	private final Set<String> unlikely = words("unlikely-names.txt");
	private final Set<String> likely = words("likely-names.txt");

	/** @return the blocks of the page's main content in reading order; all visible blocks when none stands out */
	List<Block> content(Element body) {
		clean(body);
		List<TextRun> runs = runs(body);
		Map<Element, double[]> scores = scores(runs);
		Element top = null;
		for (Map.Entry<Element, double[]> s : scores.entrySet()) {
			if (top == null || s.getValue()[0] > scores.get(top)[0]) {
				top = s.getKey();
			}
		}
		if (top == null || scores.get(top)[0] <= 0) {
			return blocks(runs, null);
		}
		return blocks(runs, contentElements(top, scores));
	}

	/** @return every visible block of the page, furniture removed */
	List<Block> all(Element body) {
		return blocks(runs(body), null);
	}

	private void clean(Element body) {
		int pageText = body.text().length();
		List<Element> drop = new ArrayList<>();
		for (Element e : body.getAllElements()) {
			if (e == body) {
				continue;
			}
			String tag = e.normalName();
			if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
				|| HIDDEN_STYLE.matcher(e.attr("style")).find()) {
				drop.add(e);
			} else if (tag.equals("header") || tag.equals("figure") || isUnlikely(e)) {
				// a wrapper misnamed "header" or "photo" can hold the whole article: keep what holds most of the text
				if (e.text().length() * 2 < pageText) {
					drop.add(e);
				}
			}
		}
		drop.forEach(Node::remove);
	}

	private boolean isUnlikely(Element e) {
		String names = e.className() + " " + e.id();
		if (names.isBlank() || e.normalName().equals("article") || e.normalName().equals("main")) {
			return false;
		}
		boolean bad = false;
		for (String w : NAME_SPLIT.split(names)) {
			String word = w.toLowerCase(Locale.ROOT);
			if (likely.contains(word)) {
				return false;
			}
			bad |= unlikely.contains(word);
		}
		return bad;
	}

	/** A block of text with the element it sits in and how much of it is link text. */
	private record TextRun(String text, Element container, int linkChars) {
		double linkDensity() {
			return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
		}
	}

	private static List<TextRun> runs(Element root) {
		List<TextRun> runs = new ArrayList<>();
		NodeTraversor.traverse(new NodeVisitor() {
			final StringBuilder text = new StringBuilder();
			final List<Element> open = new ArrayList<>();
			Element container;
			int linkChars;
			int inLink;

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode t) {
					String s = SPACE.matcher(ZERO_WIDTH.matcher(t.getWholeText()).replaceAll("")).replaceAll(" ");
					if (s.isBlank() && text.isEmpty()) {
						return;
					}
					if (text.isEmpty()) {
						container = open.isEmpty() ? root : open.get(open.size() - 1);
						s = s.stripLeading();
					}
					text.append(s);
					if (inLink > 0) {
						linkChars += s.strip().length();
					}
				} else if (node instanceof Element e) {
					if (BLOCK_TAGS.contains(e.normalName())) {
						flush();
						open.add(e);
					} else if (e.normalName().equals("a")) {
						inLink++;
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e) {
					if (BLOCK_TAGS.contains(e.normalName())) {
						flush();
						open.remove(open.size() - 1);
					} else if (e.normalName().equals("a")) {
						inLink--;
					}
				}
				if (node == root) {
					flush();
				}
			}

			private void flush() {
				String s = text.toString().strip();
				if (!s.isEmpty()) {
					runs.add(new TextRun(s, container, Math.min(linkChars, s.length())));
				}
				text.setLength(0);
				linkChars = 0;
			}
		}, root);
		return runs;
	}

	/**
	 * Readability's vote: prose blocks score for their parent and, less, for the elements above it;
	 * an element's score then shrinks with its share of link text.
	 */
	private Map<Element, double[]> scores(List<TextRun> runs) {
		Map<Element, double[]> scores = new IdentityHashMap<>();
		Map<Element, int[]> text = new IdentityHashMap<>();
		for (TextRun r : runs) {
			for (Element e = r.container(); e != null; e = e.parent()) {
				int[] t = text.computeIfAbsent(e, k -> new int[2]);
				t[0] += r.text().length();
				t[1] += r.linkChars();
			}
		}
		for (TextRun r : runs) {
			if (r.text().length() < MIN_VOTE || r.linkDensity() > 0.5) {
				continue;
			}
			double vote = 1 + COMMA.matcher(r.text()).results().count() + Math.min(r.text().length() / 100.0, 3);
			Element target = PARAGRAPH_TAGS.contains(r.container().normalName()) ? r.container().parent() : r.container();
			for (int level = 0; target != null && level < 3; level++, target = target.parent()) {
				double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
				Element t = target;
				scores.computeIfAbsent(t, k -> new double[] { baseScore(t) })[0] += vote * share;
			}
		}
		for (Map.Entry<Element, double[]> s : scores.entrySet()) {
			int[] t = text.get(s.getKey());
			double linkDensity = t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
			s.getValue()[0] *= 1 - linkDensity;
		}
		return scores;
	}

	private double baseScore(Element e) {
		double s = switch (e.normalName()) {
			case "div", "article", "main", "section" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		for (String w : NAME_SPLIT.split(e.className() + " " + e.id())) {
			if (likely.contains(w.toLowerCase(Locale.ROOT))) {
				return s + 25;
			}
		}
		return s;
	}

	/** The top candidate and those of its siblings that score well too (articles split over several boxes). */
	private static Set<Element> contentElements(Element top, Map<Element, double[]> scores) {
		Set<Element> content = Collections.newSetFromMap(new IdentityHashMap<>());
		content.add(top);
		Element parent = top.parent();
		if (parent == null) {
			return content;
		}
		double topScore = scores.get(top)[0];
		double threshold = Math.max(10, topScore * 0.2);
		for (Element sibling : parent.children()) {
			double[] s = scores.get(sibling);
			if (sibling != top && s != null && s[0] >= threshold) {
				content.add(sibling);
			}
		}
		return content;
	}

	private static List<Block> blocks(List<TextRun> runs, Set<Element> content) {
		List<Block> out = new ArrayList<>();
		for (TextRun r : runs) {
			if (content == null || inside(r.container(), content)) {
				out.add(new Block(r.text(), kind(r.container()), r.linkDensity()));
			}
		}
		return out;
	}

	private static boolean inside(Element e, Set<Element> content) {
		for (Element a = e; a != null; a = a.parent()) {
			if (content.contains(a)) {
				return true;
			}
		}
		return false;
	}

	private static Block.Kind kind(Element container) {
		String tag = container.normalName();
		if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
			return Block.Kind.HEADING;
		}
		return tag.equals("li") ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
	}

	private static Set<String> words(String resource) {
		try (InputStream in = ContentExtractor.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			Set<String> out = new HashSet<>();
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; (line = r.readLine()) != null;) {
				if (!line.startsWith("#")) {
					for (String w : line.strip().split("\\s+")) {
						if (!w.isEmpty()) {
							out.add(w.toLowerCase(Locale.ROOT));
						}
					}
				}
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
