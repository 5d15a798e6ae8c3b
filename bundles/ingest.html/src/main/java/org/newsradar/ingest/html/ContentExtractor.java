package org.newsradar.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.newsradar.ingest.common.Block;
import org.newsradar.ingest.common.Whitespace;

/**
 * Finds the main content of any HTML page, without per-site rules. One pass over the page cuts it
 * into text runs and marks page furniture: scripts, navigation, forms, asides, footers, and elements
 * whose class or id names them as ads, share bars, comments, related lists … (unless such an element
 * holds most of the page's text, as a misnamed wrapper can). Then each run of prose scores for the
 * elements around it (more for long text with commas, less for links), in the manner of Readability;
 * the best-scoring element and its good siblings are the content, returned as blocks in reading order.
 * The page itself is left untouched, so the same runs also serve the page's metadata.
 */
final class ContentExtractor {
	/** Elements without visible text, not even furniture text: not entered at all. */
	private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
		"object", "embed", "video", "audio", "map", "select", "math");
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
	private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
	/** Shortest run that votes for the element around it. */
	private static final int MIN_VOTE = 25;
	/** A box scoring this share of the top box's score may be a second copy of the article. */
	private static final double SAME_SCORE = 0.8;

	private final Set<String> unlikely = wordsOf("unlikely-names.txt");
	private final Set<String> likely = wordsOf("likely-names.txt");

	/** A piece of visible text with the element it sits in, its link text, and whether it is furniture. */
	record TextRun(String text, Element container, int linkChars, boolean furniture) {
		double linkDensity() {
			return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
		}
	}

	/**
	 * Elements that may be furniture, innermost first, each with the characters of text inside it:
	 * decided once the page's text is counted.
	 */
	private record Suspects(Element element, Suspects outer, int[] chars) {
	}

	/**
	 * The page as the reader sees it: its text runs in reading order, furniture marked, and the
	 * elements that carry metadata in the body ({@code <meta>}, {@code <time>},
	 * {@code itemprop="datePublished"}, JSON-LD scripts), collected on the same pass.
	 */
	record Layout(List<TextRun> runs, List<Element> metadata) {
	}

	/** @return the page's layout, read in one pass that leaves the page untouched */
	Layout layout(Element body) {
		List<Element> metadata = new ArrayList<>();
		Map<String, Integer> unlikelyNames = new HashMap<>();
		List<String> texts = new ArrayList<>();
		List<Element> containers = new ArrayList<>();
		List<int[]> links = new ArrayList<>();
		List<Boolean> dropped = new ArrayList<>();
		List<Suspects> suspects = new ArrayList<>();
		int[] total = new int[1];
		NodeTraversor.filter(new NodeFilter() {
			final StringBuilder text = new StringBuilder();
			final List<Element> open = new ArrayList<>();
			final Deque<Element> drops = new ArrayDeque<>();
			Suspects suspected;
			Element container;
			int linkChars;
			int inLink;

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode t) {
					String s = t.getWholeText();
					if (text.isEmpty()) {
						if (t.isBlank()) {
							return FilterResult.CONTINUE;
						}
						container = open.isEmpty() ? body : open.get(open.size() - 1);
					}
					int before = text.length();
					text.append(s);
					if (inLink > 0) {
						linkChars += text.length() - before;
					}
				} else if (node instanceof Element e) {
					String tag = e.normalName();
					boolean attributes = e.attributesSize() > 0;
					if (tag.equals("time") || tag.equals("meta") || tag.equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")
						|| attributes && e.attr("itemprop").equals("datePublished")) {
						metadata.add(e);
					}
					if (SKIP_TAGS.contains(tag)) {
						return FilterResult.SKIP_ENTIRELY; // no visible text inside, and often thousands of nodes
					}
					if (e != body && drops.isEmpty()) {
						if (isDropped(e, tag, attributes)) {
							flush();
							drops.push(e);
						} else if (drops.isEmpty() && isSuspect(e, tag, unlikelyNames)) {
							flush();
							suspected = new Suspects(e, suspected, new int[1]);
						}
					}
					if (BLOCK_TAGS.contains(tag)) {
						flush();
						open.add(e);
					} else if (tag.equals("a")) {
						inLink++;
					}
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof Element e) {
					String tag = e.normalName();
					if (BLOCK_TAGS.contains(tag)) {
						flush();
						open.remove(open.size() - 1);
					} else if (tag.equals("a")) {
						inLink--;
					}
					if (!drops.isEmpty() && drops.peek() == e) {
						flush();
						drops.pop();
					} else if (suspected != null && suspected.element() == e) {
						flush();
						suspected = suspected.outer();
					}
				}
				if (node == body) {
					flush();
				}
				return FilterResult.CONTINUE;
			}

			private void flush() {
				if (text.isEmpty()) {
					return;
				}
				String s = Whitespace.normalize(text, false);
				if (!s.isEmpty()) {
					texts.add(s);
					containers.add(container);
					links.add(new int[] { Math.min(s.length(), linkChars) });
					dropped.add(!drops.isEmpty());
					suspects.add(suspected);
					total[0] += s.length();
					for (Suspects x = suspected; x != null; x = x.outer()) {
						x.chars()[0] += s.length();
					}
				}
				text.setLength(0);
				linkChars = 0;
			}
		}, body);
		List<TextRun> runs = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			boolean furniture = dropped.get(i);
			// a wrapper named "header" or "photo" that holds most of the page's text is the article's box
			for (Suspects x = suspects.get(i); x != null && !furniture; x = x.outer()) {
				furniture = x.chars()[0] * 2 < total[0];
			}
			runs.add(new TextRun(texts.get(i), containers.get(i), links.get(i)[0], furniture));
		}
		return new Layout(runs, metadata);
	}

	/**
	 * The main content as blocks in reading order, and where it stands among the page's runs.
	 *
	 * @param first index of the run of the content's first block
	 * @param last  index of the run of its last block
	 */
	record Content(List<Block> blocks, int first, int last) {
	}

	/** @return the page's main content; all visible blocks when none stands out */
	Content content(List<TextRun> runs) {
		List<TextRun> visible = runs.stream().filter(r -> !r.furniture()).toList();
		Map<Element, double[]> scores = scores(visible);
		Element top = null;
		for (Map.Entry<Element, double[]> s : scores.entrySet()) {
			if (top == null || s.getValue()[0] > scores.get(top)[0]) {
				top = s.getKey();
			}
		}
		if (top == null || scores.get(top)[0] <= 0) {
			return all(runs);
		}
		Set<Element> content = contentElements(top, scores);
		content.addAll(copies(top, scores, visible));
		return blocks(runs, content);
	}

	/**
	 * Boxes that score about as well as the top one and repeat its text: the article printed a second
	 * time (a mobile copy, a print copy). Both copies are kept, and the story finder merges them into one
	 * text, so that sentences only one copy has are not lost.
	 */
	private static List<Element> copies(Element top, Map<Element, double[]> scores, List<TextRun> runs) {
		double threshold = scores.get(top)[0] * SAME_SCORE;
		List<Element> copies = new ArrayList<>();
		Set<String> topTexts = null;
		for (Map.Entry<Element, double[]> s : scores.entrySet()) {
			Element e = s.getKey();
			if (s.getValue()[0] < threshold || within(e, top) || within(top, e)) {
				continue;
			}
			if (topTexts == null) {
				topTexts = new HashSet<>();
				for (TextRun r : runs) {
					if (within(r.container(), top)) {
						topTexts.add(r.text());
					}
				}
			}
			int votes = 0;
			int repeated = 0;
			for (TextRun r : runs) {
				if (r.text().length() >= MIN_VOTE && within(r.container(), e)) {
					votes++;
					repeated += topTexts.contains(r.text()) ? 1 : 0;
				}
			}
			if (votes > 0 && repeated * 2 >= votes) {
				copies.add(e);
			}
		}
		return copies;
	}

	/** @return every block of the page that is not furniture */
	Content all(List<TextRun> runs) {
		return blocks(runs, null);
	}

	private static boolean isDropped(Element e, String tag, boolean attributes) {
		if (DROP_TAGS.contains(tag)) {
			return true;
		}
		if (!attributes) {
			return false;
		}
		if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
			return true;
		}
		String style = e.attr("style");
		return !style.isEmpty() && (style.contains("none") || style.contains("hidden")) && HIDDEN_STYLE.matcher(style).find();
	}

	private boolean isSuspect(Element e, String tag, Map<String, Integer> known) {
		return tag.equals("header") || tag.equals("figure") || isUnlikely(e, tag, known);
	}

	/** A class or id naming furniture (share, comment, related …) and nothing that names the article. */
	private boolean isUnlikely(Element e, String tag, Map<String, Integer> known) {
		if (tag.equals("article") || tag.equals("main") || e.attributesSize() == 0) {
			return false;
		}
		// pages repeat their class names: each value is judged once
		int cls = known.computeIfAbsent(e.attr("class"), this::verdict);
		int id = known.computeIfAbsent(e.attr("id"), this::verdict);
		return cls != LIKELY && id != LIKELY && (cls == UNLIKELY || id == UNLIKELY);
	}

	private static final int NEUTRAL = 0;
	private static final int UNLIKELY = 1;
	private static final int LIKELY = 2;

	/** @return {@link #LIKELY} if a word names the article, else {@link #UNLIKELY} if one names furniture */
	private int verdict(String names) {
		int v = NEUTRAL;
		for (String word : words(names)) {
			if (likely.contains(word)) {
				return LIKELY;
			}
			if (unlikely.contains(word)) {
				v = UNLIKELY;
			}
		}
		return v;
	}

	/** The words of class and id values, split at non-letters and at lower-to-upper case changes, lower-cased. */
	static List<String> words(String names) {
		List<String> out = new ArrayList<>();
		StringBuilder w = new StringBuilder();
		char prev = ' ';
		for (int i = 0; i < names.length(); i++) {
			char c = names.charAt(i);
			boolean alnum = Character.isLetterOrDigit(c);
			if (!alnum || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
				if (w.length() > 0) {
					out.add(w.toString());
					w.setLength(0);
				}
			}
			if (alnum) {
				w.append(Character.toLowerCase(c));
			}
			prev = c;
		}
		if (w.length() > 0) {
			out.add(w.toString());
		}
		return out;
	}

	/**
	 * Readability's vote: prose runs score for their parent and, less, for the elements above it;
	 * an element's score then shrinks with its share of link text.
	 */
	private Map<Element, double[]> scores(List<TextRun> runs) {
		// jsoup elements are equal only to themselves; insertion order settles ties in page order, the same on every run
		Map<Element, double[]> scores = new LinkedHashMap<>();
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
			double vote = 1 + commas(r.text()) + Math.min(r.text().length() / 100.0, 3);
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

	private static int commas(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ',' || c == '，' || c == '、' || c == '،') {
				n++;
			}
		}
		return n;
	}

	private double baseScore(Element e) {
		double s = switch (e.normalName()) {
			case "div", "article", "main", "section" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		for (String w : words(e.attr("class") + " " + e.attr("id"))) {
			if (likely.contains(w)) {
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
		double threshold = Math.max(10, scores.get(top)[0] * 0.2);
		// through the child nodes: children() would copy the list of child elements
		for (Node child : parent.childNodes()) {
			double[] s = child instanceof Element sibling ? scores.get(sibling) : null;
			if (child != top && s != null && s[0] >= threshold) {
				content.add((Element) child);
			}
		}
		return content;
	}

	private static Content blocks(List<TextRun> runs, Set<Element> content) {
		List<Block> out = new ArrayList<>();
		int first = -1;
		int last = -1;
		for (int i = 0; i < runs.size(); i++) {
			TextRun r = runs.get(i);
			if (!r.furniture() && (content == null || inside(r.container(), content))) {
				out.add(new Block(r.text(), kind(r.container()), r.linkDensity()));
				first = first < 0 ? i : first;
				last = i;
			}
		}
		return new Content(out, first, last);
	}

	/** @return true when the element is the box or stands inside it */
	private static boolean within(Element e, Element box) {
		for (Element a = e; a != null; a = a.parent()) {
			if (a == box) {
				return true;
			}
		}
		return false;
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

	private static Set<String> wordsOf(String resource) {
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
