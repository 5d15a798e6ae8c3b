package org.newsradar.ingest.html;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsradar.ingest.common.DateFinder;
import org.newsradar.ingest.common.LineRules;
import org.newsradar.ingest.common.StoryFinder;
import org.newsradar.ingest.common.PageHints;

/**
 * What an HTML page says about itself: headline, publication date, outlet, byline and canonical
 * address, from (in order of trust) JSON-LD {@code NewsArticle} data, Open Graph and other meta tags,
 * {@code <time>} elements, labelled dates in the visible text, and the {@code <title>}.
 */
final class PageMetadata {
	private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "dc.title", "headline", "title");
	private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
		"datepublished", "pubdate", "publishdate", "publish-date", "published_time", "article.published", "dc.date.issued",
		"dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
		"article:published", "nv:date");
	private static final List<String> OUTLET_KEYS = List.of("og:site_name", "application-name", "publisher",
		"dc.publisher", "twitter:site");
	private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "dable:author", "byl",
		"sailthru.author", "parsely-author", "dc.creator");
	/** An absolute http(s) address. */
	static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^https?://.*");
	/** Separators and spaces left at the end of a headline once the site name is cut off. */
	private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\\-|–—:·｜]+$");

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
	/** How many text runs before or after the article a byline may stand. */
	private static final int BYLINE_REACH = 30;

	private final DateFinder dates;
	private final LineRules rules;

	PageMetadata(DateFinder dates, LineRules rules) {
		this.dates = dates;
		this.rules = rules;
	}

	PageHints read(Document doc, String source, ContentExtractor.Layout layout, ContentExtractor.Content content) {
		List<ContentExtractor.TextRun> runs = layout.runs();
		Head head = new Head();
		head.walk(doc.head());
		List<Element> marked = head.marked;
		marked.addAll(layout.metadata()); // the head's come first: they win over the body's
		Element titleElement = head.title;
		Element canonicalLink = head.canonicalLink;
		Map<String, Object> ld = JsonLd.article(marked);
		Map<String, String> tags = metaTags(marked);
		String docTitle = titleElement == null ? "" : titleElement.text().strip();
		String outlet = first(JsonLd.name(ld.get("publisher")), meta(tags, OUTLET_KEYS));
		String title = first(JsonLd.text(ld.get("headline")), meta(tags, TITLE_KEYS));
		if (title == null) {
			int shown = ContentExtractor.headlineRun(runs, docTitle);
			title = first(shown < 0 ? null : runs.get(shown).text(), headline(docTitle, outlet));
		}
		if (title == null) {
			title = firstH1(doc);
		}
		if (title != null) {
			title = withoutSiteName(title, outlet);
		}
		if (outlet != null && outlet.startsWith("@")) {
			outlet = outlet.substring(1);
		}
		if (outlet == null) {
			outlet = siteName(docTitle, title);
		}
		String date = publicationDay(first(JsonLd.text(ld.get("datePublished")), meta(tags, DATE_KEYS)), isKorean(doc, docTitle));
		if (date == null) {
			date = timeElement(marked);
		}
		String author = first(JsonLd.name(ld.get("author")), humanAuthor(meta(tags, AUTHOR_KEYS)));
		if (date == null || author == null) {
			Visible v = visible(runs, content, date == null, author == null);
			date = first(date, v.labelledDate(), v.bareDate());
			author = first(author, v.byline());
		}
		String url = first(JsonLd.text(ld.get("url")), canonical(canonicalLink), meta(tags, List.of("og:url")),
			source.regionMatches(true, 0, "http", 0, 4) && source.contains("://") ? source : null);
		return new PageHints(title, date, outlet, author, url);
	}

	/** One walk over the head, in document order: meta tags, JSON-LD, the title and the canonical link. */
	private static final class Head {
		final List<Element> marked = new ArrayList<>();
		Element title;
		Element canonicalLink;

		void walk(Element e) {
			String tag = e.normalName();
			if (tag.equals("meta") || tag.equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
				marked.add(e);
			} else if (tag.equals("title") && title == null) {
				title = e;
			} else if (tag.equals("link") && canonicalLink == null && e.attr("rel").equalsIgnoreCase("canonical")
				&& e.hasAttr("href")) {
				canonicalLink = e;
			}
			for (int i = 0, n = e.childNodeSize(); i < n; i++) {
				if (e.childNode(i) instanceof Element child) {
					walk(child);
				}
			}
		}
	}

	@SafeVarargs
	private static <T> T first(T... values) {
		for (T v : values) {
			if (v != null && !(v instanceof String s && s.isBlank())) {
				return v;
			}
		}
		return null;
	}

	/** The page's meta tags by lower-cased property, name or itemprop: the first content of each. */
	private static Map<String, String> metaTags(List<Element> marked) {
		Map<String, String> tags = new HashMap<>();
		for (Element m : marked) {
			if (!m.normalName().equals("meta")) {
				continue;
			}
			String content = m.attr("content").strip();
			if (content.isEmpty()) {
				continue;
			}
			for (String attr : new String[] { "property", "name", "itemprop" }) {
				String k = m.attr(attr);
				if (!k.isEmpty()) {
					tags.putIfAbsent(k.toLowerCase(Locale.ROOT), content);
				}
			}
		}
		return tags;
	}

	/** @return the first of the keys' meta contents, in key order */
	private static String meta(Map<String, String> tags, List<String> keys) {
		for (String k : keys) {
			String v = tags.get(k);
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	/**
	 * The day of a machine-readable publication time. Times given in UTC are moved to Korean time for
	 * Korean pages: an article printed at 08:30 in Seoul carries the previous day in UTC.
	 */
	private String publicationDay(String raw, boolean korean) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip();
		if (korean && (value.endsWith("Z") || value.endsWith("+00:00"))) {
			try {
				OffsetDateTime t = OffsetDateTime.parse(value);
				if (t.getOffset().getTotalSeconds() == 0) {
					return t.atZoneSameInstant(SEOUL).toLocalDate().toString();
				}
			} catch (DateTimeParseException e) {
				// not an ISO date-time with an offset: read the date as written
			}
		}
		return dates.any(raw);
	}

	/** A page in Korean: so declared, or with Hangul in its title. */
	private static boolean isKorean(Document doc, String docTitle) {
		Element html = doc.firstElementChild();
		if (html != null && html.attr("lang").toLowerCase(Locale.ROOT).startsWith("ko")) {
			return true;
		}
		for (int i = 0; i < docTitle.length(); i++) {
			char c = docTitle.charAt(i);
			if (c >= '\uac00' && c <= '\ud7a3') {
				return true;
			}
		}
		return false;
	}

	/** The date a {@code <time>} element or an {@code itemprop="datePublished"} element carries. */
	private String timeElement(List<Element> marked) {
		for (Element e : marked) {
			if (e.normalName().equals("time") || e.attr("itemprop").equals("datePublished")) {
				String d = dates.any(first(e.attr("datetime"), e.attr("content"), e.text()));
				if (d != null) {
					return d;
				}
			}
		}
		return null;
	}

	/** What the visible page shows: the first publication-labelled date, bare date and byline. */
	private record Visible(String labelledDate, String bareDate, String byline) {
	}

	/**
	 * What the page shows, read from its text runs (furniture included: dates and bylines sit there):
	 * the first publication-labelled date anywhere (the label may end the run before), else a bare
	 * date; the first byline near the article (a page names many reporters in its lists).
	 */
	private Visible visible(List<ContentExtractor.TextRun> runs, ContentExtractor.Content content, boolean wantDate,
		boolean wantByline) {
		String labelled = null;
		int read = 0;
		String previous = "";
		for (; wantDate && labelled == null && read < runs.size(); read++) {
			String t = runs.get(read).text();
			if (DateFinder.hasYear(t)) {
				labelled = dates.published(previous.length() <= 40 ? previous + "\n" + t : t);
			}
			previous = t;
		}
		// a bare date only counts when no labelled date is found: only then is it looked for
		String bare = null;
		for (int i = 0; labelled == null && bare == null && i < read; i++) {
			String t = runs.get(i).text();
			if (t.length() <= 80 && DateFinder.hasYear(t)) {
				bare = dates.dateOnly(t);
			}
		}
		String byline = null;
		int from = content.first() < 0 ? 0 : Math.max(0, content.first() - BYLINE_REACH);
		int to = content.last() < 0 ? runs.size() - 1 : Math.min(runs.size() - 1, content.last() + BYLINE_REACH);
		for (int i = from; wantByline && byline == null && i <= to; i++) {
			String t = runs.get(i).text();
			if (t.length() <= 80 && rules.isByline(t)) {
				byline = StoryFinder.bylineName(t, rules, dates);
			}
		}
		return new Visible(labelled, bare, byline);
	}

	private static String canonical(Element link) {
		if (link == null) {
			return null;
		}
		String href = link.attr("href").strip();
		if (href.regionMatches(true, 0, "http", 0, 4)) {
			return href; // already absolute: resolving it against the base would only cost time
		}
		String abs = link.absUrl("href");
		return abs.isEmpty() ? href : abs;
	}

	private static String firstH1(Document doc) {
		Element h1 = doc.selectFirst("h1");
		return h1 == null ? null : h1.text();
	}

	/** The longest part of a {@code <title>} that is not the outlet's name. */
	private static String headline(String docTitle, String outlet) {
		String best = null;
		for (String part : titleParts(docTitle)) {
			String p = part.strip();
			if (!p.equalsIgnoreCase(outlet == null ? "" : outlet) && (best == null || p.length() > best.length())) {
				best = p;
			}
		}
		return best;
	}

	private static String withoutSiteName(String title, String outlet) {
		if (outlet == null || outlet.isBlank()) {
			return title;
		}
		String[] parts = titleParts(title);
		if (parts.length > 1 && parts[parts.length - 1].strip().equalsIgnoreCase(outlet.strip())) {
			return TRAILING_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(parts[parts.length - 1]))).replaceAll("");
		}
		return title;
	}

	/** The site name a {@code <title>} carries beside the headline. */
	private static String siteName(String docTitle, String title) {
		String[] parts = titleParts(docTitle);
		if (parts.length < 2 || title == null) {
			return null;
		}
		List<String> others = new ArrayList<>();
		for (String p : parts) {
			if (!title.contains(p.strip())) {
				others.add(p.strip());
			}
		}
		return others.isEmpty() ? null : others.get(others.size() - 1);
	}

	/**
	 * The parts of a {@code <title>} between the separators that set a headline and the site name
	 * apart: what {@code split} with the pattern {@code \s+[-|–—:·]\s+|\s*[|｜_]\s*|\s+::\s+} gives
	 * (empty parts at the end dropped), found by a scan instead, as titles are split on every page.
	 */
	static String[] titleParts(String title) {
		List<String> parts = new ArrayList<>();
		int partStart = 0;
		for (int i = 0; i < title.length(); i++) {
			int end = separatorEnd(title, i);
			if (end > 0) {
				parts.add(title.substring(partStart, i));
				partStart = end;
				i = end - 1;
			}
		}
		if (partStart == 0) {
			return new String[] { title };
		}
		parts.add(title.substring(partStart));
		int size = parts.size();
		while (size > 0 && parts.get(size - 1).isEmpty()) {
			size--;
		}
		return parts.subList(0, size).toArray(new String[0]);
	}

	/** @return where a title separator starting at {@code at} ends, or -1 when none starts there */
	private static int separatorEnd(String s, int at) {
		int mark = spacesEnd(s, at);
		boolean spaced = mark > at;
		if (spaced && mark + 1 < s.length() && "-|–—:·".indexOf(s.charAt(mark)) >= 0 && isRegexSpace(s.charAt(mark + 1))) {
			return spacesEnd(s, mark + 1);
		}
		if (mark < s.length() && "|｜_".indexOf(s.charAt(mark)) >= 0) {
			return spacesEnd(s, mark + 1);
		}
		if (spaced && s.startsWith("::", mark) && mark + 2 < s.length() && isRegexSpace(s.charAt(mark + 2))) {
			return spacesEnd(s, mark + 2);
		}
		return -1;
	}

	private static int spacesEnd(String s, int from) {
		int i = from;
		while (i < s.length() && isRegexSpace(s.charAt(i))) {
			i++;
		}
		return i;
	}

	/** A space as the regular expression {@code \s} sees it: ASCII only. */
	static boolean isRegexSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}

	/** Author meta tags sometimes hold a profile URL rather than a name. */
	private static String humanAuthor(String author) {
		return author == null || WEB_ADDRESS.matcher(author).matches() ? null : author;
	}
}
