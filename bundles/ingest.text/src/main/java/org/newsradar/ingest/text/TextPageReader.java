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
import org.osgi.service.component.annotations.Component;

/**
 * Reads plain-text dumps of news pages: every line is a block, and the shared story finder tells the
 * article from the menus, weather bars, bylines, widgets and headline lists around it. Without markup
 * the title is the first headline-like line above the article.
 */
@Component(property = { PageReader.FORMAT + "=text", "service.ranking:Integer=0" })
public class TextPageReader implements PageReader {
	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]");
	/** Every kind of space, including no-break and zero-width ones. */
	private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]");
	/** Zero-width spaces and stray byte-order marks are nothing at all. */
	private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200b\\u2060\\ufeff]");
	/** Wide gaps set menu words apart, so two or more spaces stay two; the story finder reads them. */
	private static final Pattern WIDE_GAP = Pattern.compile(" {2,}");

	private final StoryFinder finder = new StoryFinder();

	@Override
	public boolean accepts(Page page) {
		return !page.isHtml();
	}

	@Override
	public List<Story> read(Page page) throws IngestException {
		List<Story> stories = finder.stories(blocks(page.text()), PageHints.NONE);
		if (stories.isEmpty()) {
			throw new IngestException("no article text found: the page has no lines of prose");
		}
		return stories;
	}

	static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String line : LINE_BREAK.split(text)) {
			String t = WIDE_GAP.matcher(SPACE.matcher(ZERO_WIDTH.matcher(line).replaceAll("")).replaceAll(" ").strip()).replaceAll("  ");
			if (!t.isEmpty()) {
				blocks.add(Block.line(t));
			}
		}
		return blocks;
	}
}
