package org.newsradar.api.ingest;

import org.newsradar.api.model.RawPage;
import org.osgi.annotation.versioning.ProviderType;

/** Receives what a {@link PageSource} finds; implemented by the pipeline. */
@ProviderType
public interface PageSink {
	/** A page was read or fetched. */
	void page(RawPage page);

	/** An input could not be read; the run records the reason and goes on. */
	void failed(String source, String reason);

	/** A file was passed over on purpose (not a page, e.g. an image inside a folder). */
	void skipped(String source);
}
