package org.newsradar.api.ingest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Expands one user input (a file, a folder, a URL, a feed) into raw pages. Register as a service;
 * the highest-ranked source that accepts an input opens it.
 */
@ConsumerType
public interface PageSource {
	/** @return true if this source knows how to open the input */
	boolean accepts(String input);

	/**
	 * Delivers the input's pages to the sink in a stable order, reporting unreadable parts as
	 * failures rather than throwing.
	 */
	void open(String input, PageSink sink);
}
