package org.newsradar.core.pipeline;

import java.util.List;

import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;

/**
 * What one page (or one input that could not be read) produced: its story records, or the
 * reason it could not be read.
 */
record PageResult(String source, List<StoryRecord> records, SourceError error) {
	PageResult {
		records = List.copyOf(records);
	}

	static PageResult failed(String source, String reason) {
		return new PageResult(source, List.of(), new SourceError(source, reason));
	}
}
