package org.newsradar.export.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens database connections by JDBC URL without {@link java.sql.DriverManager}: inside OSGi the
 * driver manager cannot see drivers in other bundles (its ServiceLoader looks at the wrong class
 * loader), so each supported driver is instantiated directly.
 */
final class Connections {
	private static final String SQLITE = "jdbc:sqlite:";
	private static final String POSTGRESQL = "jdbc:postgresql:";
	/** How long a write waits for a reader (say a sqlite3 shell) to let go of the file. */
	private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

	private Connections() {
	}

	/** @return a connection in manual-commit mode */
	static Connection open(String url) throws SQLException {
		Connection c;
		if (url.startsWith(SQLITE)) {
			SQLiteConfig config = new SQLiteConfig();
			// SQLite leaves foreign keys unchecked (and ON DELETE CASCADE inert) unless asked
			config.enforceForeignKeys(true);
			config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
			SQLiteDataSource source = new SQLiteDataSource(config);
			source.setUrl(url);
			c = source.getConnection();
		} else if (url.startsWith(POSTGRESQL)) {
			c = postgres(url);
		} else {
			throw new SQLException("unsupported JDBC URL " + describe(url) + "; use " + SQLITE + "FILE or "
				+ POSTGRESQL + "//HOST/DATABASE?user=…&password=…");
		}
		c.setAutoCommit(false);
		return c;
	}

	private static Connection postgres(String url) throws SQLException {
		try {
			return PostgresDriver.connect(url);
		} catch (NoClassDefFoundError e) {
			throw new SQLException("the PostgreSQL JDBC driver is not installed (bundle org.postgresql.jdbc, "
				+ "Maven org.postgresql:postgresql)", e);
		}
	}

	/** @return the URL without its query, which may hold a password: safe to print */
	static String describe(String url) {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}
}
