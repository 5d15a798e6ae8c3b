package org.newsradar.ingest.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Word lists and patterns kept as resource files beside these classes, one entry a line. */
final class Lexicon {
	private Lexicon() {
	}

	/** @return the resource's entries: trimmed lines, without blank lines and {@code #} comments */
	static List<String> entries(String resource) {
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource + " next to " + Lexicon.class.getName());
			}
			List<String> out = new ArrayList<>();
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; (line = r.readLine()) != null;) {
				String t = line.strip();
				if (!t.isEmpty() && !t.startsWith("#")) {
					out.add(t);
				}
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

	/**
	 * @return one pattern matching a whole line that any of the resource's regular expressions matches;
	 *         entries are written in lower case and matched against lower-cased text (much faster than
	 *         case-insensitive matching)
	 */
	static Pattern anyLine(String resource) {
		return Pattern.compile(LinePattern.join(entries(resource)));
	}

	/**
	 * @return the literal text each entry opens with (up to its first pattern character), lower-cased:
	 *         a line holding none of them matches no entry, which an indexOf tells faster than the pattern
	 * @throws IllegalStateException when an entry opens with a pattern character
	 */
	static List<String> literalOpenings(List<String> entries) {
		List<String> out = new ArrayList<>();
		for (String e : entries) {
			int end = 0;
			while (end < e.length() && "\\()[].*+?{|^$".indexOf(e.charAt(end)) < 0) {
				end++;
			}
			if (end == 0) {
				throw new IllegalStateException("entry opens with a pattern character: " + e);
			}
			out.add(e.substring(0, end).toLowerCase(Locale.ROOT));
		}
		return out;
	}

	/** @return one alternation of the resource's entries, longest first so that the longest label wins */
	static String alternation(List<String> entries) {
		// an insertion after every entry as long or longer: the order of a stable sort, without a comparator's bootstrap
		List<String> sorted = new ArrayList<>(entries.size());
		for (String e : entries) {
			int at = sorted.size();
			while (at > 0 && sorted.get(at - 1).length() < e.length()) {
				at--;
			}
			sorted.add(at, e);
		}
		return String.join("|", sorted);
	}
}
