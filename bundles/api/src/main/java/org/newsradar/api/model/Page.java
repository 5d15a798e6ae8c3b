package org.newsradar.api.model;

import java.util.Objects;

/**
 * A decoded input page: what a {@link org.newsradar.api.ingest.PageReader} reads stories from.
 *
 * @param source      the input path or URL as given
 * @param contentType the media type if known ({@code text/html}, {@code text/plain}), or {@code null}
 * @param charset     the name of the charset the bytes were decoded with
 * @param text        the whole page as text, NFC-normalised, without a byte-order mark
 */
public record Page(String source, String contentType, String charset, String text) {
	/** What an HTML page may open with (or hold anywhere in its first kilobyte: {@code <html}). */
	private static final String[] HTML_OPENINGS = { "<!doctype html", "<head", "<body", "<meta" };

	public Page {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(text, "text");
	}

	/** @return true when the page looks like HTML, by its media type or its first markup */
	public boolean isHtml() {
		if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html")) {
			return true;
		}
		// the first kilobyte, read in place: every reader asks this of every page
		int end = Math.min(text.length(), 1024);
		int start = 0;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		for (String opening : HTML_OPENINGS) {
			if (opensWith(start, end, opening)) {
				return true;
			}
		}
		for (int at = text.indexOf('<', start); at >= 0 && at < end; at = text.indexOf('<', at + 1)) {
			if (opensWith(at, end, "<html")) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code opening} (lower case) stands at {@code at}, in any case, ending by {@code end}. */
	private boolean opensWith(int at, int end, String opening) {
		return at + opening.length() <= end && text.regionMatches(true, at, opening, 0, opening.length());
	}
}
