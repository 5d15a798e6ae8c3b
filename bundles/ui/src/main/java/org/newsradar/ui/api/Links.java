package org.newsradar.ui.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Addresses inside the workbench, with their query parameters encoded. */
public final class Links {
	private Links() {
	}

	/**
	 * @param path          an address, e.g. {@code /stories}
	 * @param namesAndValues parameter names and values in turn; parameters whose value is
	 *                      {@code null} or blank are left out
	 * @return the address with its query, e.g. {@code /stories?region=%EB%B6%80%EC%82%B0…}
	 */
	public static String to(String path, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values must come in pairs");
		}
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String value = namesAndValues[i + 1];
			if (value != null && !value.isBlank()) {
				query.add(encode(namesAndValues[i]) + "=" + encode(value));
			}
		}
		return path + query;
	}

	/** @return the text encoded for one segment of an address or one query value */
	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
