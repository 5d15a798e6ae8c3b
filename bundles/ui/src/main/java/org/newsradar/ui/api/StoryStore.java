package org.newsradar.ui.api;

import java.util.Optional;

import org.newsradar.api.model.StoryRecord;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The stories the workbench has seen (ingested, watched), at most one record per story id: a
 * story read again replaces its record. Queries are answered on the server, a page at a time.
 */
@ProviderType
public interface StoryStore {
	/** The topic filter and count key of stories that no topic accepted. */
	String NO_TOPIC = "-";

	/** @return the matching stories, newest publication date first, and how many match in all */
	StoryPage find(StoryQuery query);

	/** @return the story with this id, if the store holds it */
	Optional<StoryRecord> story(String id);

	/** @return counts over every story held, for charts and filter choices */
	Overview overview();
}
