package org.newsradar.ingest.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in page text and tells a publication date ({@code 기사승인 2024-09-23},
 * {@code 입력 2025.07.22}, {@code Published March 5, 2024}) from a later change ({@code 수정 …}).
 * Understands numeric dates (year first, with {@code - . /} or {@code 년 월 일} / {@code 年 月 日}) and
 * dates with month names in several European languages. Label words and month names live in resource
 * files.
 */
public final class DateFinder {
	private static final String NUMERIC = "(?<![\\d.])(?<y1>(?:19|20)\\d\\d)\\s*(?:[-./]|년|年)\\s*(?<m1>\\d{1,2})\\s*(?:[-./]|월|月)"
		+ "\\s*(?<d1>\\d{1,2})(?!\\d)";
	private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\s*[:：시時时]\\s*\\d{2}(\\s*[:：분分]\\s*\\d{2}\\s*[초秒]?)?");
	private static final Pattern DATE_LINE_REST = Pattern.compile(
		// weekday names before the single letters: "t" alone would leave "uesday" of "tuesday"
		"(?iu)[\\s\\p{Punct}·|｜~\\d]|일|요일|[월화수목금토]|오전|오후|am|pm|kst|gmt|utc|[日時时分秒（）月火水木金土]"
			+ "|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|z|t");

	/** The Hangul syllables {@link #CLOCK} and {@link #DATE_LINE_REST} match (Hangul has no case). */
	private static final String DATE_LINE_SYLLABLES = "시분초일요월화수목금토오전후";

	/** A label and a gap may stand this far before a date's year; month names and day come before it too. */
	private static final int WINDOW_BEFORE = 72;
	/** A year-first date ends this far after its year. */
	private static final int WINDOW_AFTER = 16;

	private final Map<String, Integer> months = new HashMap<>();
	private final Patterns anyDate;
	private final Patterns published;
	private final Patterns updated;
	/** A publication label after the date that closes a date line: {@code 2025/03/04 09:05 송고}. */
	private final Pattern publishedAfter;

	/**
	 * A pattern for dates of all kinds, and the same for numeric dates alone: month names are three or
	 * more Latin letters, so a text without such a word ({@code 2024-01-16t10:05} has one letter) is
	 * matched without the long alternation of month names.
	 */
	private record Patterns(Search all, Search numeric) {
		Patterns(String prefix, String date) {
			this(new Search(prefix + "(?:" + NUMERIC + "|" + date + ")"), new Search(prefix + "(?:" + NUMERIC + ")"));
		}

		Search searchFor(String lower) {
			int letters = 0;
			for (int i = 0; i < lower.length(); i++) {
				char c = lower.charAt(i);
				letters = c >= 'a' && c <= 'z' || c >= '\u00e0' && c <= '\u00ff' ? letters + 1 : 0;
				if (letters == 3) {
					return all;
				}
			}
			return numeric;
		}
	}

	/**
	 * A pattern searched for as {@link Matcher#find()} does, but tried only where one of its matches can
	 * begin (a label, or a number's or month name's first character): a find tries the long alternation
	 * of labels at every position of the text.
	 */
	private static final class Search {
		private final Pattern pattern;
		/** The characters a match can begin with. */
		private final BitSet first;
		/** The openings one of which a match begins with (see {@link LinePattern#openings}), or null when not known. */
		private final String[] openings;

		Search(String regex) {
			pattern = Pattern.compile(regex);
			openings = LinePattern.toArray(LinePattern.openings(regex));
			int[] ranges = new LinePattern.First(regex).ranges();
			if (ranges == LinePattern.First.ANY) {
				throw new IllegalStateException("a date pattern that may begin with anything: " + regex);
			}
			first = new BitSet();
			for (int i = 0; i < ranges.length; i += 2) {
				first.set(ranges[i], ranges[i + 1] + 1);
			}
		}

		/** @return a matcher for {@link #find}: look-behinds see the text before a position tried */
		Matcher matcher(String text) {
			return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		}

		/**
		 * @return true when the text holds a match at or after {@code from}, the matcher then holding the
		 *         one that {@code find} would give: the match at the first position where there is one
		 */
		boolean find(Matcher m, String text, int from) {
			for (int i = from; i < text.length(); i++) {
				if (first.get(text.charAt(i)) && LinePattern.startsWithAny(text, i, openings) && m.region(i, text.length()).lookingAt()) {
					return true;
				}
			}
			return false;
		}
	}

	public DateFinder() {
		for (String entry : Lexicon.entries("months.txt")) {
			String[] words = entry.split("\\s+");
			for (int i = 1; i < words.length; i++) {
				months.put(words[i], Integer.valueOf(words[0]));
			}
		}
		String names = Lexicon.alternation(List.copyOf(months.keySet()));
		String named = "(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?<n2>" + names + ")\\.?,?\\s+(?:de\\s+)?(?<y2>(?:19|20)\\d\\d)"
			+ "|(?<![\\p{L}])(?<n3>" + names + ")\\.?\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y3>(?:19|20)\\d\\d)";
		// texts are lower-cased before matching (labels and month names are kept in lower case)
		anyDate = new Patterns("", named);
		published = new Patterns(labelled("published-labels.txt"), named);
		updated = new Patterns(labelled("updated-labels.txt"), named);
		publishedAfter = Pattern.compile("(?<![\\p{L}])(?:" + Lexicon.alternation(Lexicon.entries("published-labels.txt")) + ")\\s*$");
	}

	private static String labelled(String resource) {
		// a label may stand a few words from its date: "Published 3:45 PM EST, Tue March 5, 2024"
		return "(?<![\\p{L}])(?:" + Lexicon.alternation(Lexicon.entries(resource)) + ")\\s*(?:일시|시간)?\\s*[:：|]?\\s*"
			+ "(?:[^.!?。\\n]{0,24}?\\s)?";
	}

	/** @return the first date that a publication label introduces, as ISO text, or null */
	public String published(CharSequence text) {
		return nearYears(published, text);
	}

	/** @return the first date that a change label ({@code 수정}, {@code Updated}) introduces, or null */
	public String updated(CharSequence text) {
		return nearYears(updated, text);
	}

	/** @return the first date anywhere in the text, or null */
	public String any(CharSequence text) {
		return nearYears(anyDate, text);
	}

	/**
	 * @return the date when the line holds nothing but a date (with perhaps a time and a weekday, as
	 *         in {@code 2025.07.22 (화)} or {@code 2019-11-06 / 15:51:05}), else null
	 */
	public String dateOnly(String line) {
		if (line.length() > 48 || yearAt(line, 0) < 0) {
			return null;
		}
		String lower = LineRules.lowerCase(line);
		if (holdsOtherSyllable(lower, 0, lower.length())) {
			Matcher label = publishedAfter.matcher(lower);
			if (label.find()) {
				lower = lower.substring(0, label.start());
			}
		}
		Search search = anyDate.searchFor(lower);
		Matcher m = search.matcher(lower);
		for (int from = 0; search.find(m, lower, from); from = m.end()) {
			String iso = iso(m);
			if (iso != null) {
				if (holdsOtherSyllable(lower, 0, m.start()) || holdsOtherSyllable(lower, m.end(), lower.length())) {
					return null; // a label or a word: no pattern below covers it
				}
				String rest = lower.substring(0, m.start()) + " " + lower.substring(m.end());
				rest = CLOCK.matcher(rest).replaceAll(" ");
				return isDateLineRest(rest) ? iso : null;
			}
		}
		return null;
	}

	/**
	 * @return true when the part of the text holds a Hangul syllable that neither a time ({@link #CLOCK})
	 *         nor the rest of a date line ({@link #DATE_LINE_REST}) can hold: then the line is more than a date
	 */
	private static boolean holdsOtherSyllable(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c >= '\uac00' && c <= '\ud7a3' && DATE_LINE_SYLLABLES.indexOf(c) < 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return true when the pattern's matches, one after the other, cover the whole text (what
	 *         {@code replaceAll("")} would leave empty), found without building the remains
	 */
	private static boolean isDateLineRest(String text) {
		Matcher m = DATE_LINE_REST.matcher(text);
		int covered = 0;
		while (covered < text.length() && m.find()) {
			if (m.start() != covered) {
				return false;
			}
			covered = m.end();
		}
		return covered == text.length();
	}

	/**
	 * Every date has a year, so the pattern is tried only in a window around each 19xx/20xx in the
	 * text: long texts cost one scan for digits, not a regular expression at every position.
	 */
	private String nearYears(Patterns p, CharSequence text) {
		if (text == null) {
			return null;
		}
		for (int y = yearAt(text, 0); y >= 0; y = yearAt(text, y + 4)) {
			int from = Math.max(0, y - WINDOW_BEFORE);
			int to = Math.min(text.length(), y + WINDOW_AFTER);
			String lower = LineRules.lowerCase(text.subSequence(from, to).toString());
			Search search = p.searchFor(lower);
			Matcher m = search.matcher(lower);
			for (int at = 0; search.find(m, lower, at); at = m.end()) {
				String iso = iso(m);
				if (iso != null) {
					return iso;
				}
			}
		}
		return null;
	}

	/** @return true when the text holds a four-digit 19xx or 20xx year: no date without one */
	public static boolean hasYear(CharSequence text) {
		return yearAt(text, 0) >= 0;
	}

	/** @return the index of the next four-digit 19xx or 20xx standing alone at or after {@code from}, or -1 */
	static int yearAt(CharSequence t, int from) {
		for (int i = from; i + 4 <= t.length(); i++) {
			char c = t.charAt(i);
			if ((c == '1' || c == '2') && (i == 0 || !isDigit(t.charAt(i - 1))) && isDigit(t.charAt(i + 1))
				&& isDigit(t.charAt(i + 2)) && isDigit(t.charAt(i + 3)) && (i + 4 == t.length() || !isDigit(t.charAt(i + 4)))
				&& (c == '1' ? t.charAt(i + 1) == '9' : t.charAt(i + 1) == '0')) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private String iso(Matcher m) {
		try {
			LocalDate d;
			if (m.group("y1") != null) {
				d = LocalDate.of(Integer.parseInt(m.group("y1")), Integer.parseInt(m.group("m1")), Integer.parseInt(m.group("d1")));
			} else if (m.group("y2") != null) {
				d = LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("n2")), Integer.parseInt(m.group("d2")));
			} else {
				d = LocalDate.of(Integer.parseInt(m.group("y3")), month(m.group("n3")), Integer.parseInt(m.group("d3")));
			}
			return d.toString();
		} catch (DateTimeException e) {
			return null; // 2024.13.45 and the like are not dates
		}
	}

	private int month(String name) {
		Integer m = months.get(name.toLowerCase(Locale.ROOT));
		return m == null ? 0 : m; // 0 is no month: LocalDate.of refuses it
	}
}
