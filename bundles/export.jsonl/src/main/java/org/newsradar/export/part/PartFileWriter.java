package org.newsradar.export.part;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.pipeline.RunSummary;

/**
 * An export writer of one text file written as records flow: the text goes to a {@link PartFile}
 * beside the target, which replaces the target only when the run commits. Subclasses write the
 * records to {@link #out}.
 */
public abstract class PartFileWriter implements ExportWriter {
	private final Path target;
	private final PartFile part;
	protected final Writer out;

	protected PartFileWriter(Path target) throws IOException {
		this.target = target;
		this.part = PartFile.create(target, null);
		this.out = part.writer();
	}

	@Override
	public void commit(RunSummary summary) throws IOException {
		part.moveTo(target);
	}

	@Override
	public void close() throws IOException {
		part.close();
	}
}
