package org.newsradar.api.model;

import java.util.Objects;

/**
 * The bytes of one input page as they were read or fetched, before decoding.
 *
 * @param source      the input path or URL as the user gave it (or as found inside a folder or feed)
 * @param bytes       the page's bytes, unmodified
 * @param contentType the media type if known (an HTTP {@code Content-Type} header, possibly with a
 *                    charset parameter), or {@code null}
 */
public record RawPage(String source, byte[] bytes, String contentType) {
	public RawPage {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(bytes, "bytes");
	}
}
