package org.newsradar.api.export;

import java.io.IOException;

import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One run's output in one format. The pipeline calls it from one thread, records in a
 * deterministic order. Output must be atomic: nothing replaces the previous run's files until
 * {@link #commit(RunSummary)}; {@link #close()} without a commit discards the partial output.
 */
@ConsumerType
public interface ExportWriter extends AutoCloseable {
	/** Writes one story record. */
	void story(StoryRecord record) throws IOException;

	/** Writes the record of an input that could not be read. */
	void error(SourceError error) throws IOException;

	/** Completes the output and moves it into place. */
	void commit(RunSummary summary) throws IOException;

	/** Releases resources; discards uncommitted output. */
	@Override
	void close() throws IOException;
}
