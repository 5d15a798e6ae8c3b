package org.newsradar.api.model;

import java.util.Objects;

/**
 * A phrase that moved a classifier's decision, and where it stands.
 *
 * @param text  the phrase as it appears in the story
 * @param field {@link #TITLE} or {@link #BODY}
 * @param start offset of the phrase's first character in that field
 * @param end   offset just past the phrase's last character in that field
 */
public record Evidence(String text, String field, int start, int end) {
	public static final String TITLE = "title";
	public static final String BODY = "body";

	public Evidence {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(field, "field");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + text);
		}
	}
}
