package org.newsradar.ingest.html;

import java.util.List;
import java.util.regex.Pattern;

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
	/** Markup that makes a page HTML even when it does not open with a doctype. */
	private static final Pattern MARKUP = Pattern.compile("(?i)<(html|head|body|div|p|article|table)[\\s>]");
	private static final Pattern FEED = Pattern.compile("(?i)<(rss|feed|rdf:RDF)[\\s>]");
	private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^https?://.*");

	private final StoryFinder finder = new StoryFinder();
	private final PageMetadata metadata = new PageMetadata(finder.dates(), finder.rules());
	private final ContentExtractor extractor = new ContentExtractor();

	@Override
	public boolean accepts(Page page) {
		if (page.isHtml()) {
			return true;
		}
		String head = page.text().substring(0, Math.min(page.text().length(), 8192));
		return MARKUP.matcher(head).find() && !FEED.matcher(head).find();
	}

	@Override
	public List<Story> read(Page page) throws IngestException {
		Document doc = Jsoup.parse(page.text(), WEB_ADDRESS.matcher(page.source()).matches() ? page.source() : "");
		ContentExtractor.Layout layout = extractor.layout(doc.body());
		ContentExtractor.Content content = extractor.content(layout.runs());
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
