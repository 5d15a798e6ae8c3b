package org.newsradar.export.jsonl;

import java.io.IOException;
import java.nio.file.Path;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.json.RecordJson;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.export.part.PartFile;
import org.newsradar.export.part.PartFileWriter;
import org.osgi.service.component.annotations.Component;

/**
 * Writes {@code stories.jsonl}, one JSON record per line as stories flow. The lines go to a
 * hidden {@link PartFile} beside the target, which replaces {@code stories.jsonl} only when the run
 * commits: a run that dies leaves the previous output whole, and the next run removes its part.
 */
@Component(property = Exporter.FORMAT + "=" + JsonLinesExporter.FORMAT_NAME)
public class JsonLinesExporter implements Exporter {
	static final String FORMAT_NAME = "jsonl";
	static final String FILE_NAME = "stories.jsonl";

	@Override
	public String format() {
		return FORMAT_NAME;
	}

	@Override
	public ExportWriter open(ExportTarget target) throws IOException {
		return new LinesWriter(target.directory().resolve(FILE_NAME));
	}

	private static final class LinesWriter extends PartFileWriter {
		LinesWriter(Path target) throws IOException {
			super(target);
		}

		@Override
		public void story(StoryRecord record) throws IOException {
			out.write(RecordJson.toJson(record));
			out.write('\n');
		}

		@Override
		public void error(SourceError error) throws IOException {
			out.write(RecordJson.toJson(error));
			out.write('\n');
		}
	}
}
