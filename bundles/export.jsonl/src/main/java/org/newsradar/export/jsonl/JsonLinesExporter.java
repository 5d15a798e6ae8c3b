package org.newsradar.export.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.json.RecordJson;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.service.component.annotations.Component;

/**
 * Writes {@code stories.jsonl}, one JSON record per line as stories flow. The lines go to a
 * temporary file beside the target, which replaces {@code stories.jsonl} only when the run
 * commits: a run that dies leaves the previous output whole.
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
		return new Writer(target.directory().resolve(FILE_NAME));
	}

	private static final class Writer implements ExportWriter {
		private final Path target;
		private final Path temp;
		private final BufferedWriter out;
		private boolean committed;

		Writer(Path target) throws IOException {
			this.target = target;
			// a named file, not createTempFile: that would make the output readable by its owner only
			this.temp = target.resolveSibling("." + FILE_NAME + "." + UUID.randomUUID() + ".partial");
			this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
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

		@Override
		public void commit(RunSummary summary) throws IOException {
			out.close();
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			committed = true;
		}

		@Override
		public void close() throws IOException {
			if (!committed) {
				out.close();
				Files.deleteIfExists(temp);
			}
		}
	}
}
