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
	public Page {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(text, "text");
	}

	/** @return true when the page looks like HTML, by its media type or its first markup */
	public boolean isHtml() {
		if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html")) {
			return true;
		}
		String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(java.util.Locale.ROOT);
		return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
			|| head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<meta");
	}
}
