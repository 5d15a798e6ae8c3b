package org.newsradar.ingest.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.ingest.PageReader;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.Story;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a saved RSS or Atom feed (a {@code .xml}/{@code .rss} file in a folder): every item that
 * carries text becomes a story with its title, date, author, link and the text of its description or
 * content. A feed given as a URL is fetched item by item by {@link WebPageSource} instead.
 */
@Component(property = { PageReader.FORMAT + "=feed", "service.ranking:Integer=20" })
public class SavedFeedReader implements PageReader {
	private static final Pattern ISO_DAY = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
	private static final Pattern LINE = Pattern.compile("\\s*\\n\\s*");
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

	@Override
	public boolean accepts(Page page) {
		return FeedLinks.isFeed(page.text().stripLeading());
	}

	@Override
	public List<Story> read(Page page) throws IngestException {
		Document doc = Jsoup.parse(page.text(), "", Parser.xmlParser());
		String outlet = childText(first(doc, "channel"), "title");
		if (outlet.isEmpty()) {
			outlet = childText(first(doc, "feed"), "title");
		}
		List<Story> stories = new ArrayList<>();
		for (Element item : doc.getElementsByTag("item")) {
			add(stories, item, childText(item, "title"), firstNonEmpty(childText(item, "content:encoded"), childText(item, "description")),
				day(firstNonEmpty(childText(item, "pubDate"), childText(item, "dc:date"))),
				firstNonEmpty(childText(item, "dc:creator"), childText(item, "author")), childText(item, "link"), outlet);
		}
		for (Element entry : doc.getElementsByTag("entry")) {
			Element link = entry.selectFirst("link[rel=alternate], link:not([rel])");
			add(stories, entry, childText(entry, "title"), firstNonEmpty(childText(entry, "content"), childText(entry, "summary")),
				day(firstNonEmpty(childText(entry, "published"), childText(entry, "updated"))),
				childText(first(entry, "author"), "name"), link == null ? "" : link.attr("href"), outlet);
		}
		if (stories.isEmpty()) {
			throw new IngestException("saved feed has no item with text: give the feed's address to fetch the linked pages");
		}
		return stories;
	}

	private static void add(List<Story> stories, Element item, String title, String html, String date, String author, String link,
		String outlet) {
		String body = text(html);
		if (!body.isEmpty()) {
			stories.add(new Story(title, date, outlet.isEmpty() ? null : outlet, author.isEmpty() ? null : author, body,
				link.isEmpty() ? null : link));
		}
	}

	/** Item descriptions are HTML (escaped or in CDATA): their text, one paragraph a line. */
	static String text(String html) {
		if (html.isBlank()) {
			return "";
		}
		Document d = Jsoup.parseBodyFragment(html);
		d.select("br").after("\n");
		d.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote").before("\n");
		List<String> lines = new ArrayList<>();
		for (String line : LINE.split(d.body().wholeText())) {
			String t = SPACES.matcher(line).replaceAll(" ").strip();
			if (!t.isEmpty()) {
				lines.add(t);
			}
		}
		return String.join("\n", lines);
	}

	/** @return the publication day of an RSS (RFC 1123) or Atom (ISO) date, as the feed states it, or null */
	static String day(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
		} catch (DateTimeParseException e) {
			Matcher m = ISO_DAY.matcher(value);
			if (!m.find()) {
				return null;
			}
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
			} catch (java.time.DateTimeException invalid) {
				return null;
			}
		}
	}

	private static Element first(Element parent, String tag) {
		return parent == null ? null : parent.getElementsByTag(tag).first();
	}

	private static String childText(Element parent, String tag) {
		if (parent == null) {
			return "";
		}
		for (Element c : parent.children()) {
			if (c.tagName().equalsIgnoreCase(tag)) {
				return c.text().strip();
			}
		}
		return "";
	}

	private static String firstNonEmpty(String a, String b) {
		return a.isEmpty() ? b : a;
	}
}
