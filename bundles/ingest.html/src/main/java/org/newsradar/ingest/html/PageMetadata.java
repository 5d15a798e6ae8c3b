package org.newsradar.ingest.html;

import java.util.ArrayList;
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
	/** Separators between a headline and the site name in a {@code <title>}. */
	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—:·]\\s+|\\s*[|｜]\\s*|\\s+::\\s+");

	private final DateFinder dates;
	private final LineRules rules;

	PageMetadata(DateFinder dates, LineRules rules) {
		this.dates = dates;
		this.rules = rules;
	}

	PageHints read(Document doc, String source) {
		Map<String, Object> ld = JsonLd.article(doc);
		String docTitle = doc.title().strip();
		String outlet = first(JsonLd.name(ld.get("publisher")), meta(doc, OUTLET_KEYS));
		String title = first(JsonLd.text(ld.get("headline")), meta(doc, TITLE_KEYS), visibleHeadline(doc, docTitle),
			headline(docTitle, outlet), firstH1(doc));
		if (title != null) {
			title = withoutSiteName(title, outlet);
		}
		if (outlet != null && outlet.startsWith("@")) {
			outlet = outlet.substring(1);
		}
		if (outlet == null) {
			outlet = siteName(docTitle, title);
		}
		String date = first(dates.any(JsonLd.text(ld.get("datePublished"))), metaDate(doc), timeElement(doc));
		String author = first(JsonLd.name(ld.get("author")), humanAuthor(meta(doc, AUTHOR_KEYS)));
		if (date == null || author == null) {
			Visible v = visible(doc);
			date = first(date, v.labelledDate(), v.bareDate());
			author = first(author, v.byline());
		}
		String url = first(JsonLd.text(ld.get("url")), canonical(doc), meta(doc, List.of("og:url")),
			source.matches("(?i)^https?://.*") ? source : null);
		return new PageHints(title, date, outlet, author, url);
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

	/** @return the content of the first meta tag (by property, name or itemprop) among the keys, in key order */
	private static String meta(Document doc, List<String> keys) {
		String[] found = new String[keys.size()];
		for (Element m : doc.getElementsByTag("meta")) {
			String k = first(m.attr("property"), m.attr("name"), m.attr("itemprop"));
			if (k == null) {
				continue;
			}
			int at = keys.indexOf(k.toLowerCase(Locale.ROOT));
			String content = m.attr("content").strip();
			if (at >= 0 && found[at] == null && !content.isEmpty()) {
				found[at] = content;
			}
		}
		return first(found);
	}

	private String metaDate(Document doc) {
		String raw = meta(doc, DATE_KEYS);
		return raw == null ? null : dates.any(raw);
	}

	private String timeElement(Document doc) {
		for (Element t : doc.getElementsByTag("time")) {
			String d = dates.any(first(t.attr("datetime"), t.attr("content"), t.text()));
			if (d != null) {
				return d;
			}
		}
		for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
			String d = dates.any(first(e.attr("content"), e.attr("datetime"), e.text()));
			if (d != null) {
				return d;
			}
		}
		return null;
	}

	/** What the visible page shows: the first publication-labelled date, bare date and byline. */
	private record Visible(String labelledDate, String bareDate, String byline) {
	}

	/** One pass over the page's own texts, made only when the markup leaves the date or the byline open. */
	private Visible visible(Document doc) {
		Element body = doc.body();
		if (body == null) {
			return new Visible(null, null, null);
		}
		String labelled = dates.published(body.text());
		String bare = null;
		String byline = null;
		for (Element e : body.getAllElements()) {
			String own = e.ownText().strip();
			if (own.isEmpty() || own.length() > 80) {
				continue;
			}
			if (bare == null) {
				bare = dates.dateOnly(own);
			}
			if (byline == null && rules.isByline(own)) {
				byline = StoryFinder.bylineName(own, rules, dates);
			}
			if (bare != null && byline != null) {
				break;
			}
		}
		return new Visible(labelled, bare, byline);
	}

	private static String canonical(Document doc) {
		Element link = doc.selectFirst("link[rel=canonical][href]");
		return link == null ? null : link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
	}

	/**
	 * Without title metadata, the headline is the longest text shown on the page that the
	 * {@code <title>} repeats: the {@code <title>} itself may wrap it in the site's name and ornaments.
	 */
	private static String visibleHeadline(Document doc, String docTitle) {
		if (docTitle.isEmpty() || doc.body() == null) {
			return null;
		}
		String best = null;
		for (Element e : doc.body().getAllElements()) {
			String own = e.ownText().strip();
			if (own.length() >= 8 && (best == null || own.length() > best.length()) && docTitle.contains(own)) {
				best = own;
			}
		}
		return best;
	}

	private static String firstH1(Document doc) {
		Element h1 = doc.selectFirst("h1");
		return h1 == null ? null : h1.text();
	}

	/** The longest part of a {@code <title>} that is not the outlet's name. */
	private static String headline(String docTitle, String outlet) {
		String best = null;
		for (String part : TITLE_SEPARATOR.split(docTitle)) {
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
		String[] parts = TITLE_SEPARATOR.split(title);
		if (parts.length > 1 && parts[parts.length - 1].strip().equalsIgnoreCase(outlet.strip())) {
			return title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceAll("[\\s\\-|–—:·｜]+$", "");
		}
		return title;
	}

	/** The site name a {@code <title>} carries beside the headline. */
	private static String siteName(String docTitle, String title) {
		String[] parts = TITLE_SEPARATOR.split(docTitle);
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

	/** Author meta tags sometimes hold a profile URL rather than a name. */
	private static String humanAuthor(String author) {
		return author == null || author.matches("(?i)^https?://.*") ? null : author;
	}
}
