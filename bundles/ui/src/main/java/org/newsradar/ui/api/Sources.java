package org.newsradar.ui.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What feeds the {@link StoryStore}: inputs read once on request, and watched folders and feeds
 * read again as they change. Reading happens in the background, one input at a time.
 */
@ProviderType
public interface Sources {
	/** @return what was ingested, newest first, at most {@code limit} entries */
	List<SourceEntry> recent(int limit);

	/** @return the watched folders and feeds */
	List<Watch> watches();

	/** Reads a file, folder, page URL or feed URL once, in the background. */
	void ingest(String input);

	/**
	 * Watches a folder (new and changed files are read as they appear, each once) or a feed URL
	 * (read again periodically; stories already held are not added twice).
	 *
	 * @throws IllegalArgumentException when the input is neither an existing folder nor an http(s) URL
	 */
	void watch(String input);

	/** @return true if this source was ingested in this session (so a view may show it) */
	boolean known(String source);

	/** @return what is being read right now, in words, or {@code null} when nothing is */
	String activity();
}
