package org.newsradar.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stylesheet of what this package renders: stories, chips, evidence marks, charts and legends. */
public final class Styles {
	private Styles() {
	}

	/** @return the CSS every page showing rendered stories or charts includes, before its own */
	public static String base() {
		try (InputStream in = Styles.class.getResourceAsStream("render.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
