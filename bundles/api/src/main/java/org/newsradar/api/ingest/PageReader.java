package org.newsradar.api.ingest;

import java.util.List;

import org.newsradar.api.model.Page;
import org.newsradar.api.model.Story;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads the stories of a decoded page: finds the article text among the page's boilerplate and
 * splits digests into their stories. Register as a service; when several readers accept a page,
 * the one with the highest service ranking reads it.
 */
@ConsumerType
public interface PageReader {
	/** Service property naming the format a reader handles, e.g. {@code html} or {@code text}. */
	String FORMAT = "newsradar.format";

	/** @return true if this reader can read the page (HTML readers accept HTML, and so on) */
	boolean accepts(Page page);

	/**
	 * @return the page's stories in page order, at least one
	 * @throws IngestException when the page holds no readable story
	 */
	List<Story> read(Page page) throws IngestException;
}
