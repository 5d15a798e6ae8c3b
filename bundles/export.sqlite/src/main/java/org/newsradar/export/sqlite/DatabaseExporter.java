package org.newsradar.export.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a run into a relational database: {@code newsradar.db} (SQLite) in the output folder, or
 * the database that the {@value #JDBC_URL_OPTION} option names ({@code jdbc:postgresql://…} for a
 * team's shared server, or another {@code jdbc:sqlite:} file). The whole run is one transaction,
 * committed on commit: a run that dies leaves the database as the previous run left it. Stories
 * are keyed by their stable id, so a re-run over the same inputs updates them in place.
 */
@Component(property = Exporter.FORMAT + "=" + DatabaseExporter.FORMAT_NAME)
public class DatabaseExporter implements Exporter {
	static final String FORMAT_NAME = "sqlite";
	static final String FILE_NAME = "newsradar.db";
	/** Exporter option naming the database to write instead of {@value #FILE_NAME}. */
	static final String JDBC_URL_OPTION = "jdbc-url";

	@Override
	public String format() {
		return FORMAT_NAME;
	}

	@Override
	public ExportWriter open(ExportTarget target) throws IOException {
		String url = target.options().get(JDBC_URL_OPTION);
		if (url == null) {
			url = sqliteUrl(target.directory().resolve(FILE_NAME));
		}
		try {
			return new DatabaseWriter(Connections.open(url), Connections.describe(url));
		} catch (SQLException e) {
			throw new IOException("cannot write the database " + Connections.describe(url) + ": " + e.getMessage(), e);
		}
	}

	static String sqliteUrl(Path file) {
		return "jdbc:sqlite:" + file.toAbsolutePath();
	}
}
