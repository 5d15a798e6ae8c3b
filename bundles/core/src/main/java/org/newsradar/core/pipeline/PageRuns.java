package org.newsradar.core.pipeline;

import java.util.List;

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
}
