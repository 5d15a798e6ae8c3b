package org.newsradar.api.pipeline;

import java.util.List;

import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The newsradar pipeline: reads inputs, splits pages into stories, classifies them with the
 * classifier services present at that moment, attaches facts and exports the records.
 */
@ProviderType
public interface Pipeline {
	/** Runs the whole pipeline over the inputs and writes every enabled export. */
	RunSummary run(RunRequest request);

	/**
	 * Reads, classifies and attaches facts to the inputs like {@link #run(RunRequest)}, but hands
	 * every record to the sink (in input order) instead of exporting it.
	 */
	RunSummary process(List<String> inputs, RecordSink sink);

	/** Classifies one story and attaches its facts, without exporting it. */
	StoryRecord process(String source, int index, Story story);

	/** @return every registered topic classifier, active and standby, ordered by topic and rank */
	List<ClassifierInfo> classifiers();
}
