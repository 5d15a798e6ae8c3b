package org.newsradar.export.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The one place that touches the PostgreSQL driver, whose package is imported optionally: this
 * class fails to load (and only this class) when the driver bundle is not installed.
 */
final class PostgresDriver {
	private PostgresDriver() {
	}

	static Connection connect(String url) throws SQLException {
		Connection c = new org.postgresql.Driver().connect(url, new Properties());
		if (c == null) {
			throw new SQLException("the PostgreSQL driver does not accept " + Connections.describe(url));
		}
		return c;
	}
}
