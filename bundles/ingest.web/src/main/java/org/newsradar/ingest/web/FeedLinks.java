package org.newsradar.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with jsoup's XML parser: which pages do the items link to? */
final class FeedLinks {
	private static final Pattern FEED_ROOT = Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*|<\\?[^>]*>\\s*|<!DOCTYPE[^>]*>\\s*)*<(rss|feed|rdf:RDF)[\\s>]");

	private FeedLinks() {
	}

	/** @return true when the bytes are an RSS or Atom document (judged from the first kilobytes) */
	static boolean isFeed(byte[] bytes) {
		int n = Math.min(bytes.length, 4096);
		String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3);
		}
		return isFeed(head);
	}

	/** @return true when the text opens as an RSS or Atom document */
	static boolean isFeed(String text) {
		return FEED_ROOT.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
	}

	/** @return the items' page addresses in feed order, without repeats, resolved against the feed's address */
	static List<String> links(byte[] bytes, String feedUrl) {
		Document doc;
		try {
			doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, feedUrl, Parser.xmlParser());
		} catch (IOException e) {
			throw new UncheckedIOException(e); // cannot happen for an in-memory stream
		}
		Set<String> links = new LinkedHashSet<>();
		for (Element item : doc.getElementsByTag("item")) {
			String link = text(item, "link");
			if (link.isEmpty()) {
				Element guid = first(item, "guid");
				if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
					link = guid.text().strip();
				}
			}
			if (link.isEmpty()) {
				link = item.attr("rdf:about");
			}
			add(links, link, feedUrl);
		}
		for (Element entry : doc.getElementsByTag("entry")) {
			String href = "";
			for (Element l : entry.getElementsByTag("link")) {
				String rel = l.attr("rel").toLowerCase(Locale.ROOT);
				if (rel.isEmpty() || rel.equals("alternate")) {
					href = l.attr("href");
					break;
				}
			}
			add(links, href, feedUrl);
		}
		return new ArrayList<>(links);
	}

	private static void add(Set<String> links, String link, String base) {
		String l = link.strip();
		if (l.isEmpty()) {
			return;
		}
		try {
			String resolved = java.net.URI.create(base).resolve(l).toString();
			if (resolved.matches("(?i)^https?://.*")) {
				links.add(resolved);
			}
		} catch (IllegalArgumentException e) {
			// an item link that is not an address is no page to fetch
		}
	}

	private static Element first(Element parent, String tag) {
		for (Element c : parent.children()) {
			if (c.normalName().equals(tag)) {
				return c;
			}
		}
		return null;
	}

	private static String text(Element parent, String tag) {
		Element e = first(parent, tag);
		return e == null ? "" : e.text().strip();
	}
}
