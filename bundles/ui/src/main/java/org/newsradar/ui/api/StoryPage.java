package org.newsradar.ui.api;

import java.util.List;

import org.newsradar.api.model.StoryRecord;

/**
 * One page of a query's answer.
 *
 * @param total   how many stories match in all
 * @param offset  the position of the first story returned among them
 * @param stories the stories of this page
 */
public record StoryPage(int total, int offset, List<StoryRecord> stories) {
	public StoryPage {
		stories = List.copyOf(stories);
	}
}
