package org.newsradar.core.pipeline;

import java.util.List;
import java.util.function.ToLongFunction;

import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;

/**
 * What the benchmark needs beyond the {@link org.newsradar.api.pipeline.Pipeline} API, offered by
 * the pipeline inside this bundle only: the raw pages of inputs, and runs over pages held in memory
 * (so that a measurement is of the pipeline, not of the disk).
 */
public interface PageRuns {
	/** Opens the inputs with the page sources a run would use, delivering pages in input order. */
	void open(List<String> inputs, PageSink sink);

	/** Processes pages already in memory exactly as a run would, handing records to the sink in order. */
	RunSummary processPages(List<RawPage> pages, RecordSink sink);

	/**
	 * Takes the pages through every stage a run would (decode, the reader that accepts each, the
	 * active classifiers and fact extractor, within the usual time limit), one page at a time, the given
	 * number of rounds or until {@code budgetNanos} of CPU time is spent (one round at least), and
	 * returns the CPU time of each stage. Each decoded page is also handed to {@code baseline} (timed as
	 * {@link StageTimes#BASELINE}) just before it is read, so the stages compare with it under the same
	 * conditions. Pages that a stage refuses are left out from there on.
	 */
	StageTimes stageTimes(List<RawPage> pages, int rounds, long budgetNanos, ToLongFunction<String> baseline);
}
