package org.newsradar.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.ui.api.StoryQuery;
import org.newsradar.ui.api.StoryStore;

class MemoryStoryStoreTest {
	private static StoryRecord story(String id, String date, String topic, String region, String title) {
		return new StoryRecord(id, "pages/" + id + ".html", 0, title, date, "강원일보", null, null, title + " 본문입니다.",
			topic == null ? List.of() : List.of(topic), Map.of("data_center", topic == null ? 0.1 : 0.9), Map.of(), Map.of(),
			region == null ? List.of() : List.of(region), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	private static MemoryStoryStore store(int capacity) {
		MemoryStoryStore s = new MemoryStoryStore();
		s.configure(IngestServiceTest.annotation(MemoryStoryStore.Config.class, Map.of("max_stories", capacity)));
		return s;
	}

	@Test
	void aStoryReadAgainReplacesItsRecordInsteadOfAddingOne() {
		MemoryStoryStore s = store(10);
		assertEquals(Set.of("a"), s.add(List.of(story("a", "2025-03-01", null, null, "춘천 소식"))));
		assertEquals(Set.of(), s.add(List.of(story("a", "2025-03-01", "data_center", null, "춘천 데이터센터"))));
		assertEquals(1, s.find(StoryQuery.latest(10)).total());
		assertEquals("춘천 데이터센터", s.story("a").orElseThrow().title());
	}

	@Test
	void pastItsCapacityTheStoryHeldLongestIsLetGo() {
		MemoryStoryStore s = store(2);
		s.add(List.of(story("a", null, null, null, "하나"), story("b", null, null, null, "둘")));
		s.add(List.of(story("c", null, null, null, "셋")));
		assertTrue(s.story("a").isEmpty());
		assertEquals(2, s.find(StoryQuery.latest(10)).total());
	}

	@Test
	void filtersCombineAndNoTopicFindsStoriesWithoutOne() {
		MemoryStoryStore s = store(10);
		s.add(List.of(story("a", "2025-03-01", "data_center", "강원특별자치도", "춘천 데이터센터 착공"),
			story("b", "2025-03-02", null, "강원특별자치도", "춘천 마라톤"),
			story("c", "2025-03-03", "data_center", "부산광역시", "부산 데이터센터")));
		assertEquals(List.of("a"), ids(s, new StoryQuery("data_center", "강원특별자치도", null, null, null, null, null, 0, 10)));
		assertEquals(List.of("b"), ids(s, new StoryQuery(StoryStore.NO_TOPIC, null, null, null, null, null, null, 0, 10)));
		assertEquals(List.of("c", "a"), ids(s, new StoryQuery(null, null, null, null, null, "데이터센터", null, 0, 10)));
	}

	@Test
	void dateRangeIsInclusiveAndLeavesOutUndatedStories() {
		MemoryStoryStore s = store(10);
		s.add(List.of(story("a", "2025-03-01", null, null, "하나"), story("b", "2025-03-05", null, null, "둘"),
			story("c", null, null, null, "셋")));
		assertEquals(List.of("a"), ids(s, new StoryQuery(null, null, null, "2025-03-01", "2025-03-04", null, null, 0, 10)));
	}

	@Test
	void allWordsOfTheSearchMustAppearIgnoringCase() {
		MemoryStoryStore s = store(10);
		s.add(List.of(story("a", null, null, null, "Naver 데이터센터 각 세종"), story("b", null, null, null, "Naver 본사")));
		assertEquals(List.of("a"), ids(s, new StoryQuery(null, null, null, null, null, "naver 세종", null, 0, 10)));
	}

	@Test
	void newestDatesComeFirstAndPagesAreCutOnTheServer() {
		MemoryStoryStore s = store(10);
		s.add(List.of(story("old", "2024-01-01", null, null, "1"), story("new", "2025-01-01", null, null, "2"),
			story("none", null, null, null, "3")));
		var page = s.find(new StoryQuery(null, null, null, null, null, null, null, 1, 1));
		assertEquals(3, page.total());
		assertEquals(List.of("old"), page.stories().stream().map(StoryRecord::id).toList());
	}

	@Test
	void overviewCountsTopicsRegionsAndDays() {
		MemoryStoryStore s = store(10);
		s.add(List.of(story("a", "2025-03-01", "data_center", "강원특별자치도", "1"),
			story("b", "2025-03-01", null, "강원특별자치도", "2")));
		var o = s.overview();
		assertEquals(2, o.stories());
		assertEquals(1, o.withoutTopic());
		assertEquals(Map.of("data_center", 1, StoryStore.NO_TOPIC, 1), o.regionTopics().get("강원특별자치도"));
		assertEquals(Map.of("data_center", 1, StoryStore.NO_TOPIC, 1), o.dateTopics().get("2025-03-01"));
	}

	private static List<String> ids(MemoryStoryStore s, StoryQuery q) {
		return s.find(q).stories().stream().map(StoryRecord::id).toList();
	}
}
