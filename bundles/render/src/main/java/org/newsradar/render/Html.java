package org.newsradar.render;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** Escaping and link checking for text from untrusted pages. */
public final class Html {
	private Html() {
	}

	/** @return the text with {@code & < > " '} escaped: safe in element content and quoted attributes */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		escape(text, out);
		return out.toString();
	}

	public static void escape(CharSequence text, StringBuilder out) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

	/**
	 * @return an address that is safe to link to ({@code http}, {@code https}), or {@code null}:
	 *         a page's {@code javascript:} or {@code data:} URL must never become a link
	 */
	public static String webLink(String address) {
		if (address == null) {
			return null;
		}
		String lower = address.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://") ? address.strip() : null;
	}

	/**
	 * @return a link to a source as given on the command line: its web address, or the
	 *         {@code file:} URI of a local path (resolved against the working folder of the run)
	 */
	public static String sourceLink(String source) {
		String web = webLink(source);
		if (web != null) {
			return web;
		}
		try {
			URI uri = Path.of(source).toAbsolutePath().normalize().toUri();
			return uri.toASCIIString();
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
