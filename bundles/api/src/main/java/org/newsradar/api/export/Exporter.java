package org.newsradar.api.export;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An output format. Register as a service with the property {@link #FORMAT}; a run opens one
 * writer per enabled format.
 */
@ConsumerType
public interface Exporter {
	/** Service property: the format name users pass to {@code --format}, e.g. {@code jsonl}. */
	String FORMAT = "newsradar.format";

	/** @return the format name, equal to the {@link #FORMAT} service property */
	String format();

	/** Opens a writer for one run. */
	ExportWriter open(ExportTarget target) throws IOException;
}
