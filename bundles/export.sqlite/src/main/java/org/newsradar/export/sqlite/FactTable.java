package org.newsradar.export.sqlite;

import java.util.List;
import java.util.function.Function;

import org.newsradar.api.model.StoryRecord;

/** The tables holding a story's list-valued facts: one row per list item, in record order. */
enum FactTable {
	REGIONS("story_regions", "region", StoryRecord::regions),
	PLACES("story_places", "place", StoryRecord::places),
	AMOUNTS("story_amounts", "amount_krw", StoryRecord::amountsKrw),
	OTHER_AMOUNTS("story_other_amounts", "amount", StoryRecord::otherAmounts),
	JOBS("story_jobs", "jobs", StoryRecord::jobs),
	CAPACITIES("story_capacities", "capacity_mw", StoryRecord::capacityMw);

	final String table;
	final String column;
	final Function<StoryRecord, List<?>> values;

	FactTable(String table, String column, Function<StoryRecord, List<?>> values) {
		this.table = table;
		this.column = column;
		this.values = values;
	}
}
