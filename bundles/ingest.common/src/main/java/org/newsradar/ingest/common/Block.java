package org.newsradar.ingest.common;

import java.util.Objects;

/**
 * One unit of visible page text in reading order: a line of a text dump, or a paragraph, heading or
 * list item of an HTML page.
 *
 * @param text        the text, whitespace collapsed, trimmed
 * @param kind        what the markup says the block is ({@link Kind#LINE} when there is no markup)
 * @param linkDensity share of the text that sits inside links, 0 for plain text
 */
public record Block(String text, Kind kind, double linkDensity) {
	/** What the page's markup says about a block. */
	public enum Kind {
		/** A line of plain text: no markup to go by. */
		LINE,
		/** A paragraph or text run of an HTML page. */
		PARAGRAPH,
		/** An HTML heading (h1 to h6). */
		HEADING,
		/** An HTML list item. */
		LIST_ITEM
	}

	public Block {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(kind, "kind");
	}

	/** A line of a plain-text page. */
	public static Block line(String text) {
		return new Block(text, Kind.LINE, 0);
	}
}
