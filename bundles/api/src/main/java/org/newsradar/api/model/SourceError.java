package org.newsradar.api.model;

import java.util.Objects;

/**
 * An input that could not be read: it yields this record instead of stories, and the run goes on.
 *
 * @param source the input path or URL
 * @param error  what went wrong, in words a user can act on
 */
public record SourceError(String source, String error) {
	public SourceError {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(error, "error");
	}
}
