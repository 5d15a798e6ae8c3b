package org.newsradar.export.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The tables and indexes of {@code schema.sql}, created when missing. */
final class Schema {
	private static final String RESOURCE = "schema.sql";

	private Schema() {
	}

	static void create(Connection db) throws SQLException {
		try (Statement s = db.createStatement()) {
			for (String statement : statements()) {
				s.execute(statement);
			}
		}
	}

	/** @return the statements of the schema file: comment lines dropped, split where a line ends in ';' */
	static List<String> statements() {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text().split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				statements.add(current.substring(0, current.lastIndexOf(";")));
				current.setLength(0);
			}
		}
		return statements;
	}

	private static String text() {
		try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
