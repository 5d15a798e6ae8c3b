package org.newsradar.ingest.common;

/**
 * What a reader learned about the page as a whole before looking for its stories: values from meta
 * tags, JSON-LD or the page head. Any of them may be {@code null}.
 *
 * @param title  the page's headline
 * @param date   the publication date, ISO {@code yyyy-MM-dd}
 * @param outlet the publishing outlet
 * @param byline the reporter
 * @param url    the canonical address of the page
 */
public record PageHints(String title, String date, String outlet, String byline, String url) {
	public static final PageHints NONE = new PageHints(null, null, null, null, null);
}
