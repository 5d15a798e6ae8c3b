package org.newsradar.api.pipeline;

import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.osgi.annotation.versioning.ConsumerType;

/** Receives a run's records in input order, from one thread. */
@ConsumerType
public interface RecordSink {
	/** One classified story. */
	void story(StoryRecord record);

	/** One input that could not be read. */
	void error(SourceError error);
}
