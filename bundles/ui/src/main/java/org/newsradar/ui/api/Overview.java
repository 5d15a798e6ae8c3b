package org.newsradar.ui.api;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Counts over every story in the store. A story with two topics counts for both.
 *
 * @param stories      stories held
 * @param withoutTopic stories no topic accepted
 * @param perTopic     accepted stories per topic
 * @param perRegion    stories per 시·도
 * @param regionTopics per 시·도, stories per accepted topic (or {@link StoryStore#NO_TOPIC})
 * @param dateTopics   per publication date (ISO), stories per accepted topic (or {@link StoryStore#NO_TOPIC})
 * @param perOutlet    stories per outlet
 * @param topics       every topic some story was scored or accepted for
 */
public record Overview(int stories, int withoutTopic, SortedMap<String, Integer> perTopic,
	SortedMap<String, Integer> perRegion, SortedMap<String, Map<String, Integer>> regionTopics,
	SortedMap<String, Map<String, Integer>> dateTopics, SortedMap<String, Integer> perOutlet, SortedSet<String> topics) {
}
