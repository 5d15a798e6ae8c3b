package org.newsradar.ui.api;

/**
 * Which stories to find; every {@code null} (or blank) criterion matches everything.
 *
 * @param topic  an accepted topic, or {@link StoryStore#NO_TOPIC} for stories without one
 * @param region a full 시·도 name the story is about
 * @param outlet the outlet, exactly
 * @param from   earliest publication date, ISO {@code yyyy-MM-dd} (stories without a date never match a date range)
 * @param to     latest publication date, ISO
 * @param text   words that must all appear in the title, body, outlet or source (ignoring case)
 * @param source the input the story was read from, exactly
 * @param offset how many matching stories to pass over
 * @param limit  how many to return, 1 to {@link #MAX_LIMIT}
 */
public record StoryQuery(String topic, String region, String outlet, String from, String to, String text,
	String source, int offset, int limit) {
	public static final int MAX_LIMIT = 500;

	public StoryQuery {
		topic = blankToNull(topic);
		region = blankToNull(region);
		outlet = blankToNull(outlet);
		from = blankToNull(from);
		to = blankToNull(to);
		text = blankToNull(text);
		source = blankToNull(source);
		offset = Math.max(0, offset);
		limit = Math.max(1, Math.min(MAX_LIMIT, limit));
	}

	/** @return the first {@code limit} stories, unfiltered */
	public static StoryQuery latest(int limit) {
		return new StoryQuery(null, null, null, null, null, null, null, 0, limit);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
