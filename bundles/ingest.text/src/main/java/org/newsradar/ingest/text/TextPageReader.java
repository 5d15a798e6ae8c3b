package org.newsradar.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.ingest.PageReader;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.Story;
import org.newsradar.ingest.common.Block;
import org.newsradar.ingest.common.PageHints;
import org.newsradar.ingest.common.StoryFinder;
import org.newsradar.ingest.common.Whitespace;
import org.osgi.service.component.annotations.Component;

/**
 * Reads plain-text dumps of news pages: every line is a block, and the shared story finder tells the
 * article from the menus, weather bars, bylines, widgets and headline lists around it. Without markup
 * the title is the first headline-like line above the article.
 */
@Component(property = { PageReader.FORMAT + "=text", "service.ranking:Integer=0" })
public class TextPageReader implements PageReader {
	private final StoryFinder finder = new StoryFinder();

	/** Saved RSS/Atom feeds are for the feed reader: read as lines they would be tag soup. */
	private static final Pattern FEED = Pattern.compile("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rss|feed|rdf:RDF)[\\s>]",
		Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	@Override
	public boolean accepts(Page page) {
		String text = page.text();
		// the pattern is anchored at the start: looking there alone answers as a search would
		return !page.isHtml() && !FEED.matcher(text).region(0, Math.min(text.length(), 2048)).lookingAt();
	}

	@Override
	public List<Story> read(Page page) throws IngestException {
		List<Story> stories = finder.stories(blocks(page.text()), PageHints.NONE);
		if (stories.isEmpty()) {
			throw new IngestException("no article text found: the page has no lines of prose");
		}
		return stories;
	}

	/**
	 * Every line is a block; wide gaps inside a line are kept as two spaces, since they set menu words apart.
	 * A dump whose paragraphs were wrapped at a fixed width (a browser's or a text browser's "save as text")
	 * has each paragraph joined again first.
	 */
	static List<Block> blocks(String text) {
		List<String> lines = lines(text);
		if (!LineWrap.holdsLongLine(lines)) {
			lines = LineWrap.unwrapped(lines);
		}
		List<Block> blocks = new ArrayList<>(lines.size());
		for (String line : lines) {
			if (!line.isEmpty()) {
				blocks.add(Block.line(line));
			}
		}
		return blocks;
	}

	/** @return the text's lines, normalised, blank ones as empty strings (they end wrapped paragraphs) */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		// most dumps break lines with '\n' alone: then the string's own (vectorised) search finds each break
		boolean newlinesOnly = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
		for (int start = 0; start <= text.length();) {
			int end = newlinesOnly ? text.indexOf('\n', start) : lineEnd(text, start);
			if (end < 0) {
				end = text.length();
			}
			lines.add(Whitespace.normalize(text, start, end, true));
			start = end + 1;
		}
		return lines;
	}

	/** @return where the line that starts at {@code from} ends: at its line break, or at the end of the text */
	private static int lineEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
				return i;
			}
		}
		return text.length();
	}
}
