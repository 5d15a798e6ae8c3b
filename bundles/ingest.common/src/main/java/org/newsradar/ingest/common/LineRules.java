package org.newsradar.ingest.common;

import java.util.regex.Pattern;

/**
 * Says what a line of page text is, the way a reader sees it at a glance: article prose, a heading that
 * opens a list of other stories, the close of an article (copyright, comments), page furniture
 * (buttons, menus, weather), a byline, a dateline, a digest heading, or something else short.
 */
public final class LineRules {
	/** What a line is. */
	public enum Role {
		/** Sentences: the stuff articles are made of. */
		PROSE,
		/** The heading of a list of other stories (관련기사, Most read …): the article is over. */
		LIST_HEADING,
		/** A line that closes an article: copyright, reaction prompt, comment section. */
		ARTICLE_END,
		/** Buttons, menus, weather, counters: dropped wherever they stand. */
		FURNITURE,
		/** The reporter's name, e-mail or desk. */
		BYLINE,
		/** A date with perhaps a label and a time, and nothing else. */
		DATELINE,
		/** A heading opened by ◆, ■, ▲ and the like: may start a digest story. */
		MARKED_HEADING,
		/** Anything else: short headings, captions, headline-list items. */
		OTHER
	}

	/** Characters that open the headings of digest stories. */
	static final String MARKERS = "◆■▲●▶◈★☆◇□▷►◎";
	/** Longest line tested against the list and close-of-article patterns: prose is longer. */
	private static final int SHORT = 120;
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。．！？।۔؟…][)\"'”’」』\\]]*$");
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?。．！？।۔؟][)\"'”’」』]*\\s");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
	/** Photo captions open with ▲ too, but credit a photographer or a source. */
	private static final Pattern CAPTION = Pattern.compile("(?i)(사진|자료|출처|그래픽)\\s*[=:／/]|제공\\s*[)\\]]?\\s*$|\\((사진|자료)|photo|ⓒ|©");
	/** A list bullet before a line says nothing about the line itself. */
	private static final Pattern BULLET = Pattern.compile("^[•·∙◦‣⁃▪▫*–-]\\s+");
	private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s{2,}|\\s*[|｜>›»]\\s*");

	private final Pattern listHeading = Lexicon.anyLine("list-headings.txt");
	private final Pattern articleEnd = Lexicon.anyLine("article-end.txt");
	private final Pattern furniture = Lexicon.anyLine("boilerplate.txt");
	private final Pattern bylineWord = Pattern.compile("(?:^|[\\s=·|/(\\[])(?:" + Lexicon.alternation(Lexicon.entries("byline-words.txt"))
		+ ")(?=$|[\\s(<\\[=/|,·)\\]]|[\\w.+-]+@)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private final Pattern englishByline = Pattern.compile("^(?i:by|von|par|por|di)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}.{0,40}$");
	private final DateFinder dates;

	public LineRules(DateFinder dates) {
		this.dates = dates;
	}

	/**
	 * @return the role of a block of text (spaces collapsed, but a gap of two or more spaces kept as two,
	 *         since gaps set menu words apart)
	 */
	public Role role(String text, double linkDensity) {
		String line = BULLET.matcher(text).replaceFirst("");
		if (line.length() <= SHORT) {
			if (listHeading.matcher(line).matches()) {
				return Role.LIST_HEADING;
			}
			if (articleEnd.matcher(line).matches()) {
				return Role.ARTICLE_END;
			}
		}
		if (isProse(line, linkDensity)) {
			return Role.PROSE;
		}
		if (furniture.matcher(line).matches()) {
			return Role.FURNITURE;
		}
		if (dates.dateOnly(line) != null) {
			return Role.DATELINE;
		}
		if (isByline(line)) {
			return Role.BYLINE;
		}
		if (line.length() <= 60 && dates.published(line) != null) {
			return Role.DATELINE;
		}
		if (isMenu(line)) {
			return Role.FURNITURE;
		}
		if (marker(line) != 0) {
			return Role.MARKED_HEADING;
		}
		return Role.OTHER;
	}

	/** @return true for sentences: long enough, ending like a sentence (or very long), not mostly links */
	public static boolean isProse(String line, double linkDensity) {
		if (linkDensity > 0.5) {
			return false;
		}
		int n = visibleLength(line);
		if (n >= 20 && SENTENCE_END.matcher(line).find()) {
			return true;
		}
		return n >= 100 && SENTENCE_INSIDE.matcher(line).find() || n >= 160;
	}

	/** @return true for a short line naming a reporter or desk, or holding an e-mail address */
	public boolean isByline(String line) {
		String withoutEmail = EMAIL.matcher(line).replaceAll("").strip();
		if (withoutEmail.length() > 40 || SENTENCE_END.matcher(withoutEmail).find() && withoutEmail.length() > 20) {
			return false;
		}
		return withoutEmail.length() < line.length() || bylineWord.matcher(withoutEmail).find()
			|| englishByline.matcher(withoutEmail).matches();
	}

	/** @return the marker character opening a digest-style heading, or 0 */
	public static char marker(String line) {
		if (line.length() < 6 || line.length() > SHORT || SENTENCE_END.matcher(line).find() || CAPTION.matcher(line).find()) {
			return 0;
		}
		char c = line.charAt(0);
		return MARKERS.indexOf(c) >= 0 ? c : 0;
	}

	/** Menus and breadcrumbs: three or more short words set apart by wide gaps, bars or arrows. */
	static boolean isMenu(String line) {
		String[] parts = MENU_SEPARATOR.split(line.strip());
		if (parts.length < 3) {
			return false;
		}
		for (String p : parts) {
			if (p.length() > 12) {
				return false;
			}
		}
		return true;
	}

	/** @return the number of non-space characters */
	public static int visibleLength(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isWhitespace(s.charAt(i))) {
				n++;
			}
		}
		return n;
	}

	/** @return the line without e-mail addresses */
	static String withoutEmail(String line) {
		return EMAIL.matcher(line).replaceAll("").strip();
	}
}
