package org.newsradar.facts.korea;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word lists that steer the extractors (venue nouns, job words…), read from {@code cues.txt}:
 * a {@code [section]} line, then one word or phrase per line.
 */
final class Cues {
	private final Map<String, List<String>> sections;

	private Cues(Map<String, List<String>> sections) {
		this.sections = sections;
	}

	static Cues standard() {
		try (InputStream in = Cues.class.getResourceAsStream("cues.txt")) {
			if (in == null) {
				throw new IllegalStateException("cues.txt is missing from the bundle");
			}
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Cues read(InputStream in) throws IOException {
		Map<String, List<String>> sections = new HashMap<>();
		List<String> current = null;
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String line; (line = reader.readLine()) != null;) {
			line = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[") && line.endsWith("]")) {
				current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
			} else if (current == null) {
				throw new IllegalArgumentException("cues.txt: a word before any [section]: " + line);
			} else {
				current.add(line);
			}
		}
		return new Cues(sections);
	}

	/** @return the words of a section */
	List<String> words(String section) {
		List<String> words = sections.get(section);
		if (words == null) {
			throw new IllegalArgumentException("cues.txt has no [" + section + "]");
		}
		return words;
	}

	/**
	 * @return the first character of each word of a section: a pattern made of the section's
	 *         words is tried only where one of them stands
	 */
	String firstChars(String section) {
		StringBuilder sb = new StringBuilder();
		for (String w : words(section)) {
			if (sb.indexOf(w.substring(0, 1)) < 0) {
				sb.append(w.charAt(0));
			}
		}
		return sb.toString();
	}

	/** @return a regex alternation (non-capturing, longest words first) of a section's words */
	String alternation(String section) {
		return alternation(words(section));
	}

	/**
	 * Finds any word of a section in a text of either language: a word with Hangul as written
	 * (데이터센터, also inside AI데이터센터), others as whole English words of any case, a plural s
	 * allowed (ESS and reactors, not business or essential). Every word is looked up with
	 * {@code indexOf}, the English ones in the folded text: a pattern of the words tried at every
	 * position costs several times as much over a story, a case-insensitive one with word checks
	 * about five times.
	 *
	 * @param hangul  the words with Hangul
	 * @param english the other words, in lower case
	 */
	record AnyWord(List<String> hangul, List<String> english) {

		/**
		 * @param lower {@code text} folded by {@link Ascii#toLowerCase(String)}
		 * @return whether a word stands in {@code text} between {@code from} and {@code to}, the
		 *         bounds of an English word's text
		 */
		boolean foundIn(String text, String lower, int from, int to) {
			for (String w : hangul) {
				int i = text.indexOf(w, from);
				if (i >= 0 && i + w.length() <= to) {
					return true;
				}
			}
			for (String w : english) {
				for (int i = lower.indexOf(w, from); i >= 0 && i + w.length() <= to; i = lower.indexOf(w, i + 1)) {
					if (isWholeWord(lower, i, i + w.length(), from, to)) {
						return true;
					}
				}
			}
			return false;
		}

		private static boolean isWholeWord(String text, int start, int end, int from, int to) {
			int after = end < to && text.charAt(end) == 's' ? end + 1 : end;
			return (start == from || !Ascii.isLetter(text.charAt(start - 1)))
				&& (after == to || !Ascii.isLetter(text.charAt(after)));
		}
	}

	/** @return the words of a section, for {@link AnyWord#foundIn} */
	AnyWord anyWord(String section) {
		List<String> hangul = new ArrayList<>();
		List<String> english = new ArrayList<>();
		for (String w : words(section)) {
			if (w.chars().anyMatch(c -> c >= '가' && c <= '힣')) {
				hangul.add(w);
			} else {
				english.add(Ascii.toLowerCase(w));
			}
		}
		return new AnyWord(List.copyOf(hangul), List.copyOf(english));
	}

	private static String alternation(List<String> words) {
		List<String> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder sb = new StringBuilder("(?:");
		for (int i = 0; i < sorted.size(); i++) {
			sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
		}
		return sb.append(')').toString();
	}
}
