package org.newsradar.ui.api;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the web workbench, contributed by any bundle as a service. The workbench shows it at
 * {@code /ID} (and every address below), lists it in the navigation by {@link #order()}, and when
 * several views share an id shows the one with the highest {@code service.ranking}, so a plugin
 * can replace a view as well as add one. Views come and go with their bundles.
 * <p>
 * The workbench does the safety work around a view: it answers only requests addressed to the
 * local host, checks the session's token before {@link #post} (no cross-site requests), caps
 * uploads, escapes the page title and serves every page under a content security policy that runs
 * only the workbench's own script. A view writes HTML and must escape every text it did not write
 * itself ({@code org.newsradar.render.Html.escape}): page text is untrusted input.
 * <p>
 * Live updates: an element with an {@code id} and {@code data-live="EVENTS"} (a space-separated
 * list of {@link #STORIES}, {@link #SOURCES}, {@link #CLASSIFIERS}) is re-rendered in place when
 * one of those events happens, without reloading the page.
 */
@ConsumerType
public interface WorkbenchView {
	/** Live event: stories were added to the {@link StoryStore}. */
	String STORIES = "stories";
	/** Live event: an input was ingested or failed, or a watch changed. */
	String SOURCES = "sources";
	/** Live event: a classifier came, went, was shadowed or promoted. */
	String CLASSIFIERS = "classifiers";

	/** @return the view's address segment: lowercase letters, digits and dashes */
	String id();

	/** @return the view's name in the navigation */
	String title();

	/** @return the view's place in the navigation, lower first */
	int order();

	/** Answers a GET of {@code /ID…}. */
	void get(ViewRequest request, ViewResponse response) throws IOException;

	/**
	 * Answers a POST of {@code /ID…}: every state change goes through here, after the workbench
	 * has checked the session token. The default refuses.
	 */
	default void post(ViewRequest request, ViewResponse response) throws IOException {
		response.error(405, "이 화면은 요청을 받지 않습니다.");
	}
}
