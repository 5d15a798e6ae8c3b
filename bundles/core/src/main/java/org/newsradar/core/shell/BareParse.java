package org.newsradar.core.shell;

import org.jsoup.Jsoup;

/**
 * The bench's baseline, {@code Jsoup.parse}, kept in a class of its own: core imports jsoup
 * optionally, and only this class needs it, so core runs without jsoup.
 */
final class BareParse {
	static boolean available() {
		try {
			Class.forName("org.jsoup.Jsoup", false, BareParse.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** @return the number of nodes under the parsed document's root, so the parse has a use */
	long parse(String html) {
		return Jsoup.parse(html).childNodeSize();
	}
}
