package org.newsradar.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsradar.ingest.common.Block;
import org.newsradar.ingest.common.Whitespace;

/**
 * Finds the main content of any HTML page, without per-site rules. One pass over the page cuts it
 * into text runs and marks page furniture: scripts, navigation, form controls, asides, footers, and
 * elements whose class or id names them as ads, share bars, comments, related lists … (unless such an
 * element holds most of the page's text or most of its prose, as a misnamed wrapper can: a layout
 * column named for its sidebar, an ASP.NET form around the whole page, a page hidden from screen
 * readers while a dialog was open). Then each run of prose scores for the
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
		"object", "embed", "button", "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "dialog",
		"menu", "label", "video", "audio", "map");
	/** Elements that break text into blocks. */
	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
		"nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
		"td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "address", "center", "details", "summary", "hr",
		"br", "body", "form", "fieldset", "legend", "output", "hgroup", "dialog", "picture");
	/**
	 * Blocks whose score goes to the element around them rather than to themselves. A table cell (see
	 * {@link #isParagraph}) or a div holding text runs (lines split by br) is itself the article's box
	 * and keeps its score.
	 */
	private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "pre", "blockquote", "dd", "dt", "h1", "h2", "h3",
		"h4", "h5", "h6", "span", "font", "b", "strong", "em", "i");
	/** What an element's tag makes of it, bit by bit: looked up once per element rather than set by set. */
	private static final int SKIP = 1;
	private static final int DROP = 1 << 1;
	private static final int BLOCK = 1 << 2;
	private static final int PARAGRAPH = 1 << 3;
	private static final int LINK = 1 << 4;
	/** {@code <time>} and {@code <meta>}: metadata whatever their attributes. */
	private static final int METADATA = 1 << 5;
	private static final int SCRIPT = 1 << 6;
	/** {@code <header>}, {@code <figure>} and {@code <form>}: furniture unless they hold most of the page's text or prose. */
	private static final int SUSPECT = 1 << 7;
	/** {@code <article>} and {@code <main>}: never furniture by their class or id. */
	private static final int NEVER_UNLIKELY = 1 << 8;
	private static final Map<String, Integer> ROLES = roleTable();
	private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
	/** Shortest run that votes for the element around it. */
	private static final int MIN_VOTE = 25;
	/** Most non-space characters in a cell of a table of data (see {@link #isDataTable}). */
	private static final int LONGEST_DATA_CELL = 100;
	/** A box scoring this share of the top box's score may be a second copy of the article. */
	private static final double SAME_SCORE = 0.8;

	private final ClassNames names = new ClassNames(wordsOf("likely-names.txt"), wordsOf("unlikely-names.txt"));

	/** A piece of visible text with the element it sits in, its link text, and whether it is furniture. */
	record TextRun(String text, Element container, int linkChars, boolean furniture) {
		double linkDensity() {
			return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
		}
	}

	/**
	 * The open elements that may be furniture, innermost first, each with the characters of text and
	 * of prose (runs that would vote) inside it: decided once the page's text is counted.
	 */
	private record Suspects(Suspects outer, int[] chars) {
		/** Furniture unless it holds at least half the page's text, or more than half its prose. */
		boolean isFurniture(int pageText, int pageProse) {
			return chars[0] * 2 < pageText && chars[1] * 2 <= pageProse;
		}
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
		return new LayoutWalk(body).layout();
	}

	/** A text run as the walk finds it, before the page's text is counted and its suspects are judged. */
	private record PendingRun(String text, Element container, int linkChars, boolean dropped, Suspects suspects) {
	}

	/**
	 * The one pass over the body behind {@link #layout}: a depth-first walk (jsoup bounds the tree's
	 * depth) that looks up each element's tag roles once and joins the text nodes of a run without
	 * copying when the run is a single node, as most are.
	 */
	private final class LayoutWalk {
		private final Element body;
		private final List<Element> metadata = new ArrayList<>();
		private final List<PendingRun> pending = new ArrayList<>();
		private final List<Element> open = new ArrayList<>();
		private int total;
		/** Characters of the prose runs outside dropped elements. */
		private int prose;
		/** The run's first text node; {@link #joined} holds the run once a second node joins it. */
		private String first;
		private final StringBuilder joined = new StringBuilder();
		private Element container;
		private int linkChars;
		private int inLink;
		/** The dropped element the walk is inside: nothing within it is judged again. */
		private Element dropped;
		private Suspects suspected;
		/** The table of data the walk is in: read as one run, as a text dump prints it, not cell by cell. */
		private Element dataTable;

		LayoutWalk(Element body) {
			this.body = body;
		}

		Layout layout() {
			element(body);
			List<TextRun> runs = new ArrayList<>(pending.size());
			for (PendingRun p : pending) {
				boolean furniture = p.dropped();
				// a wrapper named "header" or "sidebar" that holds most of the page's text or prose is the article's box
				for (Suspects x = p.suspects(); x != null && !furniture; x = x.outer()) {
					furniture = x.isFurniture(total, prose);
				}
				runs.add(new TextRun(p.text(), p.container(), p.linkChars(), furniture));
			}
			return new Layout(runs, metadata);
		}

		private void element(Element e) {
			String tag = e.normalName();
			int roles = roles(tag);
			// the parser lower-cases attribute names: exact lookups suffice
			Attributes attributes = e.attributesSize() > 0 ? e.attributes() : null;
			if ((roles & METADATA) != 0 || (roles & SCRIPT) != 0 && attributes != null
				&& attributes.get("type").equalsIgnoreCase("application/ld+json")
				|| attributes != null && attributes.get("itemprop").equals("datePublished")) {
				metadata.add(e);
			}
			if ((roles & SKIP) != 0) {
				return; // no visible text inside, and often thousands of nodes
			}
			boolean opensDrop = false;
			boolean opensSuspect = false;
			if (e != body && dropped == null) {
				if (isDropped(roles, attributes)) {
					flush();
					dropped = e;
					opensDrop = true;
				} else if (isSuspect(roles, attributes)) {
					flush();
					suspected = new Suspects(suspected, new int[2]);
					opensSuspect = true;
				}
			}
			boolean opensTable = dataTable == null && dropped == null && tag.equals("table") && isDataTable(e);
			if (opensTable) {
				flush();
				dataTable = e;
				open.add(e);
			} else if ((roles & BLOCK) != 0) {
				blockEdge(e);
			} else if ((roles & LINK) != 0) {
				inLink++;
			}
			for (int i = 0, n = e.childNodeSize(); i < n; i++) {
				Node child = e.childNode(i);
				if (child instanceof TextNode t) {
					text(t);
				} else if (child instanceof Element c) {
					element(c);
				}
			}
			if (opensTable) {
				flush();
				dataTable = null;
				open.remove(open.size() - 1);
			} else if ((roles & BLOCK) != 0) {
				blockEdge(null);
			} else if ((roles & LINK) != 0) {
				inLink--;
			}
			if (opensDrop) {
				flush();
				dropped = null;
			} else if (opensSuspect) {
				flush();
				suspected = suspected.outer();
			}
			if (e == body) {
				flush();
			}
		}

		/**
		 * A block opens ({@code opened} given) or closes: a run ends there, except inside a table of data,
		 * where the cells' texts are only set apart by a space.
		 */
		private void blockEdge(Element opened) {
			if (dataTable != null) {
				if (first != null) {
					if (joined.isEmpty()) {
						joined.append(first);
					}
					joined.append(' ');
				}
				return;
			}
			flush();
			if (opened != null) {
				open.add(opened);
			} else {
				open.remove(open.size() - 1);
			}
		}

		private void text(TextNode t) {
			String s = t.getWholeText();
			if (first == null) {
				if (isBlank(s)) {
					return;
				}
				container = open.isEmpty() ? body : open.get(open.size() - 1);
				first = s;
			} else {
				if (joined.isEmpty()) {
					joined.append(first);
				}
				joined.append(s);
			}
			if (inLink > 0) {
				linkChars += s.length();
			}
		}

		/** TextNode.isBlank's test (HTML's five space characters only), a char at a time rather than by code point. */
		private static boolean isBlank(String s) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
					return false;
				}
			}
			return true;
		}

		private void flush() {
			if (first == null) {
				return;
			}
			String s = Whitespace.normalize(joined.isEmpty() ? first : joined, false);
			if (!s.isEmpty()) {
				pending.add(new PendingRun(s, container, Math.min(s.length(), linkChars), dropped != null, suspected));
				total += s.length();
				int proseChars = dropped == null && isProse(s.length(), Math.min(s.length(), linkChars), container) ? s.length() : 0;
				prose += proseChars;
				for (Suspects x = suspected; x != null; x = x.outer()) {
					x.chars()[0] += s.length();
					x.chars()[1] += proseChars;
				}
			}
			first = null;
			joined.setLength(0);
			linkChars = 0;
		}
	}

	/**
	 * The main content as blocks in reading order, and where it stands among the page's runs.
	 *
	 * @param first index of the run of the content's first block
	 * @param last  index of the run of its last block
	 */
	record Content(List<Block> blocks, int first, int last) {
	}

	/**
	 * @param page the page, whose {@code <title>} is asked for when the article's box is repeated
	 * @return the page's main content; all visible blocks when none stands out
	 */
	Content content(List<TextRun> runs, Document page) {
		List<TextRun> visible = new ArrayList<>(runs.size());
		for (TextRun r : runs) {
			if (!r.furniture()) {
				visible.add(r);
			}
		}
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
		top = boxUnderHeadline(top, scores, runs, page);
		Set<Element> content = contentElements(top, scores);
		content.addAll(copies(top, scores, visible));
		return blocks(runs, content);
	}

	/**
	 * A page that repeats the article's box (a feed that loads the next article below the first) is
	 * about the copy under the headline its {@code <title>} names: the first box after the headline
	 * among the top one and those like it (same tag and class, scoring at least half as well).
	 */
	private static Element boxUnderHeadline(Element top, Map<Element, double[]> scores, List<TextRun> runs, Document page) {
		String name = top.className();
		if (name.isEmpty()) {
			return top;
		}
		List<Element> boxes = new ArrayList<>();
		for (Map.Entry<Element, double[]> s : scores.entrySet()) {
			Element e = s.getKey();
			if (e != top && s.getValue()[0] * 2 >= scores.get(top)[0] && e.normalName().equals(top.normalName())
				&& e.className().equals(name) && !within(e, top) && !within(top, e)) {
				boxes.add(e);
			}
		}
		if (boxes.isEmpty()) {
			return top;
		}
		boxes.add(top);
		int headline = headlineRun(runs, page.title());
		for (int i = Math.max(0, headline); headline >= 0 && i < runs.size(); i++) {
			for (Element box : boxes) {
				if (within(runs.get(i).container(), box)) {
					return box;
				}
			}
		}
		return top;
	}

	/**
	 * @return the index of the page's visible headline: the longest run (8 characters or more) that the
	 *         {@code <title>} repeats, as the {@code <title>} may wrap it in the site's name; -1 for none
	 */
	static int headlineRun(List<TextRun> runs, String docTitle) {
		int best = -1;
		for (int i = 0; !docTitle.isEmpty() && i < runs.size(); i++) {
			String t = runs.get(i).text();
			if (t.length() >= 8 && (best < 0 || t.length() > runs.get(best).text().length()) && docTitle.contains(t)) {
				best = i;
			}
		}
		return best;
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

	/**
	 * A table of data (figures, a timetable) rather than of layout: two or more rows, one of two or more
	 * cells, every cell short (a layout cell holds a column of the page or a table of its own).
	 */
	private static boolean isDataTable(Element table) {
		int[] shape = new int[2]; // rows, cells of the widest row
		return hasShortCells(table, shape) && shape[0] >= 2 && shape[1] >= 2;
	}

	/** @return false when a row of the table part holds a long cell */
	private static boolean hasShortCells(Element part, int[] shape) {
		for (Element child : part.children()) {
			String tag = child.normalName();
			if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
				if (!hasShortCells(child, shape)) {
					return false;
				}
			} else if (tag.equals("tr")) {
				int cells = 0;
				for (Element cell : child.children()) {
					String c = cell.normalName();
					if (c.equals("td") || c.equals("th")) {
						cells++;
						if (visibleChars(cell, LONGEST_DATA_CELL) > LONGEST_DATA_CELL) {
							return false;
						}
					}
				}
				shape[0]++;
				shape[1] = Math.max(shape[1], cells);
			}
		}
		return true;
	}

	/**
	 * @return the non-space characters of the node's text, counted only up to a little past the limit:
	 *         a layout cell may hold the whole page
	 */
	private static int visibleChars(Node node, int limit) {
		int n = 0;
		for (int i = 0, size = node.childNodeSize(); i < size && n <= limit; i++) {
			Node child = node.childNode(i);
			if (child instanceof TextNode t) {
				String text = t.getWholeText();
				for (int j = 0; j < text.length(); j++) {
					n += Character.isWhitespace(text.charAt(j)) ? 0 : 1;
				}
			} else {
				n += visibleChars(child, limit - n);
			}
		}
		return n;
	}

	/** @return every block of the page that is not furniture */
	Content all(List<TextRun> runs) {
		return blocks(runs, null);
	}

	private static boolean isDropped(int roles, Attributes attributes) {
		if ((roles & DROP) != 0) {
			return true;
		}
		if (attributes == null) {
			return false;
		}
		if (attributes.hasKey("hidden")) {
			return true;
		}
		String style = attributes.get("style");
		return !style.isEmpty() && (style.contains("none") || style.contains("hidden")) && HIDDEN_STYLE.matcher(style).find();
	}

	/**
	 * Tagged or named as furniture, or hidden from screen readers (a carousel's clone, an icon, but also
	 * a whole page saved while a dialog was open): furniture unless it holds most of the page.
	 */
	private boolean isSuspect(int roles, Attributes attributes) {
		return (roles & SUSPECT) != 0 || isUnlikely(roles, attributes) || attributes != null && "true".equals(attributes.get("aria-hidden"));
	}

	/** A class or id naming furniture (share, comment, related …) and nothing that names the article. */
	private boolean isUnlikely(int roles, Attributes attributes) {
		if ((roles & NEVER_UNLIKELY) != 0 || attributes == null) {
			return false;
		}
		int cls = names.verdict(attributes.get("class"));
		if (cls == ClassNames.LIKELY) {
			return false;
		}
		int id = names.verdict(attributes.get("id"));
		return id != ClassNames.LIKELY && (cls == ClassNames.UNLIKELY || id == ClassNames.UNLIKELY);
	}

	/**
	 * Readability's vote: prose runs score for their parent and, less, for the elements above it;
	 * an element's score then shrinks with its share of link text.
	 */
	private Map<Element, double[]> scores(List<TextRun> runs) {
		// jsoup elements are equal only to themselves; insertion order settles ties in page order, the same on every run
		Map<Element, double[]> scores = new LinkedHashMap<>();
		for (TextRun r : runs) {
			if (!isProse(r.text().length(), r.linkChars(), r.container())) {
				continue;
			}
			double vote = 1 + commas(r.text()) + Math.min(r.text().length() / 100.0, 3);
			Element target = box(r.container());
			for (int level = 0; target != null && level < 3; level++, target = target.parent()) {
				double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
				Element t = target;
				scores.computeIfAbsent(t, k -> new double[] { baseScore(t) })[0] += vote * share;
			}
		}
		// the text and link characters inside each scored element (only those: not every element above a run)
		Map<Element, int[]> text = new IdentityHashMap<>();
		for (Element e : scores.keySet()) {
			text.put(e, new int[2]);
		}
		for (TextRun r : runs) {
			for (Element e = r.container(); e != null; e = e.parent()) {
				int[] t = text.get(e);
				if (t != null) {
					t[0] += r.text().length();
					t[1] += r.linkChars();
				}
			}
		}
		for (Map.Entry<Element, double[]> s : scores.entrySet()) {
			int[] t = text.get(s.getKey());
			double linkDensity = t[0] == 0 ? 0 : (double) t[1] / t[0];
			s.getValue()[0] *= 1 - linkDensity;
		}
		return scores;
	}

	/** @return the box a run in the element belongs to: the element, or the one around it when it is a paragraph */
	private static Element box(Element container) {
		return isParagraph(container) ? container.parent() : container;
	}

	/**
	 * A block that is one paragraph of its box: a table cell alone in its row is one too (old layouts
	 * set each paragraph in a row of its own), while a cell beside others is itself the article's box.
	 */
	private static boolean isParagraph(Element e) {
		String tag = e.normalName();
		if ((roles(tag) & PARAGRAPH) != 0) {
			return true;
		}
		Element row = e.parent();
		return (tag.equals("td") || tag.equals("th")) && row != null && row.childrenSize() == 1;
	}

	/**
	 * A run long enough and with few enough links to vote for the element around it, and no table of
	 * data read as one run (its figures' thousands separators are no commas of prose).
	 */
	private static boolean isProse(int chars, int linkChars, Element container) {
		return chars >= MIN_VOTE && linkChars * 2 <= chars && !container.normalName().equals("table");
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
		return names.verdict(e.attr("class")) == ClassNames.LIKELY || names.verdict(e.attr("id")) == ClassNames.LIKELY ? s + 25 : s;
	}

	/**
	 * The top candidate and those of its siblings that score well too (articles split over several
	 * boxes), but not a box holding a headline {@code <h1>}: that is the article's header (its
	 * standfirst and meta line are not the body) or the next article.
	 */
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
			if (child != top && s != null && s[0] >= threshold && ((Element) child).getElementsByTag("h1").isEmpty()) {
				content.add((Element) child);
			}
		}
		return content;
	}

	/**
	 * The runs of the content as blocks. Inside the content a run in a box made mostly of links takes
	 * the box's link density: the heading of a box of links set in the article ("Mehr zum Thema", "See
	 * also") is no more the article than the links are. (A box with a few links keeps its prose's own.)
	 */
	private static Content blocks(List<TextRun> runs, Set<Element> content) {
		boolean[] in = new boolean[runs.size()];
		Map<Element, int[]> boxText = new IdentityHashMap<>();
		List<Element> path = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) {
			TextRun r = runs.get(i);
			if (r.furniture()) {
				continue;
			}
			if (content == null) {
				in[i] = true;
				continue;
			}
			// the elements from the run up to the content box it stands in: each holds the run's text
			path.clear();
			for (Element e = r.container(); e != null && !in[i]; e = e.parent()) {
				path.add(e);
				in[i] = content.contains(e);
			}
			for (int j = 0; in[i] && j < path.size(); j++) {
				int[] t = boxText.computeIfAbsent(path.get(j), k -> new int[2]);
				t[0] += r.text().length();
				t[1] += r.linkChars();
			}
		}
		List<Block> out = new ArrayList<>();
		int first = -1;
		int last = -1;
		for (int i = 0; i < runs.size(); i++) {
			if (in[i]) {
				TextRun r = runs.get(i);
				int[] box = boxText.get(box(r.container()));
				boolean linkBox = box != null && box[1] * 2 > box[0];
				out.add(new Block(r.text(), kind(r.container()), linkBox ? Math.max(r.linkDensity(), (double) box[1] / box[0]) : r.linkDensity()));
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

	private static Block.Kind kind(Element container) {
		String tag = container.normalName();
		if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
			return Block.Kind.HEADING;
		}
		return tag.equals("li") ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
	}

	private static Map<String, Integer> roleTable() {
		Map<String, Integer> roles = new HashMap<>();
		mark(roles, SKIP_TAGS, SKIP);
		mark(roles, DROP_TAGS, DROP);
		mark(roles, BLOCK_TAGS, BLOCK);
		mark(roles, PARAGRAPH_TAGS, PARAGRAPH);
		mark(roles, Set.of("a"), LINK);
		mark(roles, Set.of("time", "meta"), METADATA);
		mark(roles, Set.of("script"), SCRIPT);
		mark(roles, Set.of("header", "figure", "form"), SUSPECT);
		mark(roles, Set.of("article", "main"), NEVER_UNLIKELY);
		return Map.copyOf(roles);
	}

	private static void mark(Map<String, Integer> roles, Set<String> tags, int role) {
		for (String tag : tags) {
			roles.merge(tag, role, (a, b) -> a | b);
		}
	}

	private static int roles(String tag) {
		Integer roles = ROLES.get(tag);
		return roles == null ? 0 : roles;
	}

	/**
	 * The words of likely-names.txt and unlikely-names.txt in a trie, so that a class or id value is
	 * judged in one scan of its characters, without cutting it into word strings. The value's words
	 * are split at non-letters and at lower-to-upper case changes and lower-cased: "articleBody",
	 * "share_box".
	 */
	static final class ClassNames {
		static final int NEUTRAL = 0;
		static final int UNLIKELY = 1;
		static final int LIKELY = 2;
		/** Characters a listed word may hold: a to z, then 0 to 9. */
		private static final int SYMBOLS = 36;
		/** The trie's edges: {@code node * SYMBOLS + symbol} gives the child node, 0 for none (the root is nobody's child). */
		private int[] children = new int[SYMBOLS * 256];
		private byte[] verdicts = new byte[256];
		private int nodes = 1;

		ClassNames(Set<String> likely, Set<String> unlikely) {
			for (String word : unlikely) {
				add(word, UNLIKELY);
			}
			for (String word : likely) {
				add(word, LIKELY); // a word on both lists names the article
			}
		}

		private void add(String word, int verdict) {
			int node = 0;
			for (int i = 0; i < word.length(); i++) {
				int symbol = symbol(word.charAt(i));
				if (symbol < 0) {
					throw new IllegalStateException("listed class name words hold a-z and 0-9 only: " + word);
				}
				if (children[node * SYMBOLS + symbol] == 0) {
					if (nodes == verdicts.length) {
						children = Arrays.copyOf(children, children.length * 2);
						verdicts = Arrays.copyOf(verdicts, verdicts.length * 2);
					}
					children[node * SYMBOLS + symbol] = nodes++;
				}
				node = children[node * SYMBOLS + symbol];
			}
			verdicts[node] = (byte) verdict;
		}

		/** @return {@link #LIKELY} if a word names the article, else {@link #UNLIKELY} if one names furniture */
		int verdict(String names) {
			int verdict = NEUTRAL;
			int node = 0; // the trie node of the word read so far, -1 once no listed word starts so
			char prev = ' ';
			for (int i = 0; i < names.length(); i++) {
				char c = names.charAt(i);
				boolean alnum = Character.isLetterOrDigit(c);
				if (!alnum || Character.isUpperCase(c) && Character.isLowerCase(prev)) {
					if (node > 0 && verdicts[node] == LIKELY) {
						return LIKELY;
					}
					verdict = node > 0 && verdicts[node] == UNLIKELY ? UNLIKELY : verdict;
					node = 0;
				}
				if (alnum && node >= 0) {
					int symbol = symbol(Character.toLowerCase(c));
					node = symbol < 0 || children[node * SYMBOLS + symbol] == 0 ? -1 : children[node * SYMBOLS + symbol];
				}
				prev = c;
			}
			return node > 0 && verdicts[node] != NEUTRAL ? verdicts[node] : verdict;
		}

		private static int symbol(char c) {
			return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
		}
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
