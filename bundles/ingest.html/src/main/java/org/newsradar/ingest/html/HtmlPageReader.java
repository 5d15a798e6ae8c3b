package org.newsradar.ingest.html;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.ingest.PageReader;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.Story;
import org.newsradar.ingest.common.PageHints;
import org.newsradar.ingest.common.StoryFinder;
import org.osgi.service.component.annotations.Component;

/**
 * Reads HTML news pages from any site and in any language: the page's own metadata gives headline,
 * date, outlet, byline and address; the main content is found by text and link density (no per-site
 * rules); the shared story finder then trims what is left of the page furniture, splits digests and
 * merges repeated bodies. Ranked above the text reader so that HTML pages come here.
 */
@Component(property = { PageReader.FORMAT + "=html", "service.ranking:Integer=10" })
public class HtmlPageReader implements PageReader {
	/** Tags that make a page HTML even when it does not open with a doctype. */
	private static final String[] MARKUP = { "html", "head", "body", "div", "p", "article", "table" };
	private static final String[] FEED = { "rss", "feed", "rdf:rdf" };
	/** How far into a page its tags are looked for. */
	private static final int HEAD = 8192;

	private final StoryFinder finder = new StoryFinder();
	private final PageMetadata metadata = new PageMetadata(finder.dates(), finder.rules());
	private final ContentExtractor extractor = new ContentExtractor();

	@Override
	public boolean accepts(Page page) {
		return page.isHtml() || hasTag(page.text(), MARKUP) && !hasTag(page.text(), FEED);
	}

	/**
	 * @return true when the page's head holds one of the tags: {@code <}, the name in any case (ASCII
	 *         letters only), then a space or {@code >}, as the pattern {@code (?i)<(html|head…)[\s>]}
	 *         finds, by a scan from one {@code <} to the next rather than a pattern tried at every position
	 */
	private static boolean hasTag(String text, String[] names) {
		int end = Math.min(text.length(), HEAD);
		for (int open = text.indexOf('<'); open >= 0 && open + 1 < end; open = text.indexOf('<', open + 1)) {
			char first = (char) (text.charAt(open + 1) | 0x20); // lower case for ASCII letters, no letter for anything else
			for (String name : names) {
				int after = open + 1 + name.length();
				if (name.charAt(0) == first && after < end && isNamed(text, open + 1, name)
					&& (text.charAt(after) == '>' || PageMetadata.isRegexSpace(text.charAt(after)))) {
					return true;
				}
			}
		}
		return false;
	}

	/** @param name lower case */
	private static boolean isNamed(String text, int at, String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = text.charAt(at + i);
			char n = name.charAt(i);
			if (c != n && !(n >= 'a' && n <= 'z' && c == n - 'a' + 'A')) {
				return false;
			}
		}
		return true;
	}

	@Override
	public List<Story> read(Page page) throws IngestException {
		Document doc = Jsoup.parse(page.text(), PageMetadata.WEB_ADDRESS.matcher(page.source()).matches() ? page.source() : "");
		ContentExtractor.Layout layout = extractor.layout(doc.body());
		ContentExtractor.Content content = extractor.content(layout.runs(), doc);
		PageHints hints = metadata.read(doc, page.source(), layout, content);
		List<Story> stories = finder.stories(content.blocks(), hints);
		if (stories.isEmpty()) {
			stories = finder.stories(extractor.all(layout.runs()).blocks(), hints);
		}
		if (stories.isEmpty()) {
			throw new IngestException("no article text found: the page has no paragraphs of prose");
		}
		return stories;
	}
}
