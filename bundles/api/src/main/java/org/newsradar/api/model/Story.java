package org.newsradar.api.model;

import java.util.Objects;

/**
 * One story read from a page: a page usually holds one, a digest page several.
 *
 * @param title  the story's headline, or an empty string
 * @param date   the publication date as ISO {@code yyyy-MM-dd}, or {@code null} when the page gives none
 * @param outlet the publishing outlet, or {@code null}
 * @param byline the reporter's byline, or {@code null}
 * @param body   the story text without page boilerplate, paragraphs separated by {@code \n}
 * @param url    the canonical address of the story if the page names one, or {@code null}
 */
public record Story(String title, String date, String outlet, String byline, String body, String url) {
	public Story {
		title = title == null ? "" : title;
		Objects.requireNonNull(body, "body");
	}

	/** A story with only a title and a body, as tests and simple readers make them. */
	public static Story of(String title, String body) {
		return new Story(title, null, null, null, body, null);
	}

	/** @return this story with another date (digest stories inherit their page's date) */
	public Story withDate(String isoDate) {
		return new Story(title, isoDate, outlet, byline, body, url);
	}
}
