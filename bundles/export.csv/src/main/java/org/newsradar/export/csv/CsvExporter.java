package org.newsradar.export.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.export.part.PartFile;
import org.newsradar.export.part.PartFileWriter;
import org.osgi.service.component.annotations.Component;

/**
 * Writes {@code stories.csv} for spreadsheets: a header row, then one row per story and one per
 * unreadable source (its {@code error} column filled, so failures stay visible in the sheet), in
 * the order of {@code stories.jsonl}. RFC 4180 (CRLF between records, fields quoted when they hold
 * a comma, quote or line break), UTF-8 with a byte-order mark, without which Excel reads the file
 * in the local code page and mangles Hangul. The rows go to a hidden {@link PartFile} that replaces
 * {@code stories.csv} only on commit (the next run removes one a killed run left).
 */
@Component(property = Exporter.FORMAT + "=" + CsvExporter.FORMAT_NAME)
public class CsvExporter implements Exporter {
	static final String FORMAT_NAME = "csv";
	static final String FILE_NAME = "stories.csv";
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	@Override
	public String format() {
		return FORMAT_NAME;
	}

	@Override
	public ExportWriter open(ExportTarget target) throws IOException {
		return new CsvWriter(target.directory().resolve(FILE_NAME));
	}

	private static final class CsvWriter extends PartFileWriter {
		CsvWriter(Path target) throws IOException {
			super(target);
			out.write(BYTE_ORDER_MARK);
			writeRecord(CsvRows.HEADER, out);
		}

		@Override
		public void story(StoryRecord record) throws IOException {
			writeRecord(CsvRows.story(record), out);
		}

		@Override
		public void error(SourceError error) throws IOException {
			writeRecord(CsvRows.error(error), out);
		}
	}

	/** Writes one RFC 4180 record, CRLF-terminated. */
	static void writeRecord(List<String> fields, Writer out) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			writeField(fields.get(i), out);
		}
		out.write("\r\n");
	}

	private static void writeField(String field, Writer out) throws IOException {
		boolean quoted = field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
		if (!quoted) {
			out.write(field);
			return;
		}
		out.write('"');
		out.write(field.replace("\"", "\"\""));
		out.write('"');
	}
}
