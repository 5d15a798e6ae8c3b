package org.newsradar.ingest.common;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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

	/** Longest line taken for the heading of a list of stories ("more from" and a site name at most). */
	private static final int LONGEST_HEADING = 56;
	/** Characters that open the headings of digest stories. */
	static final String MARKERS = "◆■▲●▶◈★☆◇□▷►◎";
	/** Brackets a whole digest heading may be set in, and what closes each. */
	private static final String ENCLOSED = "【[";
	private static final String ENCLOSED_CLOSERS = "】]";
	/** The {@link #marker} of numbered headings ("1. …", "2) …") and of circled-number ones (① …). */
	static final char NUMBERED = '#';
	static final char CIRCLED = '\u2460';
	/** What stands for the opening of a headline behind a bracketed tag ("[순천] 순천시, …"), see {@link #isTaggedHeading}. */
	static final char TAGGED = ']';
	/** Longest tag in brackets before a headline: a place, a desk or a kind of story. */
	private static final int LONGEST_TAG = 12;
	/** Longest line tested against the list and close-of-article patterns: prose is longer. */
	private static final int SHORT = 120;
	private static final String TERMINATORS = ".!?。．！？।۔؟…";
	private static final String CLOSERS = ")\"'”’」』]";
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?。．！？।۔؟][)\"'”’」』]*\\s");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
	/** Photo captions open with ▲ too, but credit a photographer or a source. */
	private static final Pattern CAPTION = Pattern.compile("(?i)(사진|자료|출처|그래픽)\\s*[=:／/]|제공\\s*[)\\]]?\\s*$|\\((사진|자료)|photo|ⓒ|©");
	/** What every match of {@link #CAPTION} holds: one of these words, or "photo" in any case. */
	private static final List<String> CAPTION_WORDS = List.of("사진", "자료", "출처", "그래픽", "제공", "ⓒ", "©");
	/** List bullets: one before a line (and a space) says nothing about the line itself. */
	private static final String BULLETS = "•·∙◦‣⁃▪▫*–-";
	/** What sets menu entries apart besides wide gaps. */
	private static final BitSet MENU_BARS = charSet("|｜>›»");
	/** What sets the words of a menu apart besides spaces. */
	private static final BitSet MENU_WORD_BARS = charSet("|｜>›»/·•");
	/** Most words a run of menu entries is tried with: "많이 본 기사" is one entry of three words. */
	private static final int LONGEST_MENU_ENTRY = 4;
	/** Longest line taken for a menu set with single spaces (longer ones are headlines or lists). */
	private static final int LONGEST_MENU_OF_WORDS = 60;
	/** How many judged menu entries are remembered. */
	private static final int MENU_ENTRIES_KEPT = 8192;
	/** Digits, commas, quotes and the like belong to headlines and captions, not to menu entries. */
	private static final BitSet HEADLINE_MARKS = charSet("0123456789,.…'\"‘’“”:;!?()[]%~「」『』、，。");
	/** A temperature has a degree sign. */
	private static final BitSet DEGREE_SIGNS = charSet("℃℉°º");
	/** Every move of a quote is an arrow or a percentage. */
	private static final BitSet MOVE_SIGNS = charSet("▲▼△▽↑↓%");
	private static final Pattern TEMPERATURE = Pattern.compile("-?\\d+(?:\\.\\d+)?\\s*(?:℃|℉|[°º]\\s*[cf]?)");
	/** A quote or index level as tickers print it: 2,650.32 or 1,320.5 or 12.50. */
	private static final Pattern QUOTED_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+");
	/** An up or down move beside a quote: ▲12.5, -0.4%, ↓3. */
	private static final Pattern MOVE = Pattern.compile("[▲▼△▽↑↓]|[+-]\\s?\\d[\\d.,]*\\s?%|\\d%");

	private static final Pattern TRAILING_TAG = Pattern.compile("\\s*(?:[\\[(【<]\\s*[^\\])】>]{0,30}(?:기자|특파원)[^\\])】>]{0,30}[\\])】>]"
		+ "|/\\s*[^\\s/]{1,10}\\s*(?:기자|특파원)\\S*|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*$");
	/**
	 * A reporter's tag closes a paragraph within this many characters: the pattern needs to look no
	 * further back. Every tag holds 기자, 특파원 or an e-mail's @ (see {@link #mayHoldTrailingTag}).
	 */
	private static final int TRAILING_TAG_REACH = 160;

	private final LinePattern listHeading = LinePattern.of("list-headings.txt");
	private final LinePattern articleEnd = LinePattern.of("article-end.txt");
	private final LinePattern furniture = LinePattern.of("boilerplate.txt");
	private final Pattern weatherWord = Lexicon.anyLine("weather-words.txt");
	/**
	 * Words already judged as menu entries or not. A site's menus and headline lists repeat on all its
	 * pages, and the pattern is long; the map is emptied when full, so it never grows past a bound.
	 */
	private final Map<String, Boolean> menuEntries = new ConcurrentHashMap<>();
	/** One entry of a menu: a section name, a furniture word or a list heading. */
	private final LinePattern menuEntry = LinePattern.of("section-names.txt", "boilerplate.txt", "list-headings.txt");
	private final List<String> bylineWords = Lexicon.entries("byline-words.txt");
	private final Pattern bylineWord = Pattern.compile("(?:^|[\\s=·|/(\\[])(?:" + Lexicon.alternation(bylineWords)
		+ ")(?=$|[\\s(<\\[=/|,·)\\]]|[\\w.+-]+@)");
	/** What each byline word opens with: most short lines hold none, and skip the pattern. */
	private final List<String> bylineOpenings = Lexicon.literalOpenings(bylineWords);
	/** The first characters of {@link #bylineOpenings}: where one of them can start. */
	private final BitSet bylineOpeningStarts = firstChars(bylineOpenings);
	/** The first letters of the words {@link #englishByline} opens with: other lines skip the pattern. */
	private static final String ENGLISH_BYLINE_OPENINGS = "bBvVpPdD";
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
		return role(text, linkDensity, visibleLength(text));
	}

	/** @param visible the text's {@link #visibleLength}, when the caller has it already */
	Role role(String text, double linkDensity, int visible) {
		String line = withoutBullet(text);
		boolean prose = isProse(line, linkDensity, line == text ? visible : visibleLength(line)) || isTaggedProse(line, linkDensity, visible);
		// headings and copyright lines are short; a long sentence is neither, and is not worth the patterns
		if (prose && line.length() > 80) {
			return Role.PROSE;
		}
		String lower = lowerCase(line);
		if (line.length() <= SHORT) {
			if (line.length() <= LONGEST_HEADING && isListHeading(lower)) {
				return Role.LIST_HEADING;
			}
			if (articleEnd.matches(lower)) {
				return Role.ARTICLE_END;
			}
		}
		if (prose) {
			return Role.PROSE;
		}
		if (furniture.matches(lower)) {
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
		if (isMenu(line) || line.length() <= SHORT && (isWeather(lower) || isTicker(line) || isMenuOfWords(lower))) {
			return Role.FURNITURE;
		}
		if (marker(line) != 0) {
			return Role.MARKED_HEADING;
		}
		return Role.OTHER;
	}

	/** "[관련기사]", "【추천 뉴스】", "< 많이 본 기사 >", "▶ 관련기사" are list headings too. */
	private boolean isListHeading(String lower) {
		return listHeading.matches(lower) || isBracketed(lower) && listHeading.matches(unbracketed(lower))
			|| isMarked(lower) && listHeading.matches(lower.substring(1).strip());
	}

	/** @return true for a paragraph that closes with its reporter's tag ("… 밝혔다. /김민수 기자"): prose all the same */
	private static boolean isTaggedProse(String line, double linkDensity, int visible) {
		if (visible < 20 || !hasSentenceEndInside(line) || !mayHoldTrailingTag(line, Math.max(0, line.length() - TRAILING_TAG_REACH))) {
			return false;
		}
		String untagged = withoutTrailingTags(line);
		return untagged.length() < line.length() && isProse(untagged, linkDensity, visibleLength(untagged));
	}

	/** @return true for sentences: long enough, ending like a sentence (or very long), not mostly links */
	public static boolean isProse(String line, double linkDensity) {
		return isProse(line, linkDensity, visibleLength(line));
	}

	/** @param n the line's {@link #visibleLength} */
	private static boolean isProse(String line, double linkDensity, int n) {
		if (linkDensity > 0.5) {
			return false;
		}
		if (n >= 20 && endsLikeSentence(line)) {
			return true;
		}
		return n >= 100 && SENTENCE_INSIDE.matcher(line).find() || n >= 160;
	}

	/** @return the paragraph without the reporter's tags and e-mail addresses at its end */
	static String withoutTrailingTags(String paragraph) {
		String tail = paragraph;
		while (true) {
			// the tags are short: matching only the paragraph's end spares trying the pattern at every position
			int from = Math.max(0, tail.length() - TRAILING_TAG_REACH);
			if (!mayHoldTrailingTag(tail, from)) {
				return tail;
			}
			Matcher m = TRAILING_TAG.matcher(tail).region(from, tail.length());
			if (!m.find()) {
				return tail;
			}
			tail = tail.substring(0, m.start());
		}
	}

	/** @return false when the text from {@code from} on holds no reporter's word and no e-mail sign: no tag to find */
	private static boolean mayHoldTrailingTag(String text, int from) {
		return text.indexOf("기자", from) >= 0 || text.indexOf("특파원", from) >= 0 || text.indexOf('@', from) >= 0;
	}

	/** @return true when a sentence ends inside the line: . ! ? or the like, perhaps closing quotes or brackets, then a space */
	private static boolean hasSentenceEndInside(String line) {
		for (int space = line.indexOf(' '); space > 0; space = line.indexOf(' ', space + 1)) {
			int i = space - 1;
			while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
				i--;
			}
			if (i >= 0 && TERMINATORS.indexOf(line.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** @return true when the line ends with . ! ? or the like, perhaps followed by closing quotes or brackets */
	public static boolean endsLikeSentence(String line) {
		int i = line.length() - 1;
		while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 && TERMINATORS.indexOf(line.charAt(i)) >= 0;
	}

	/** @return true for a short line naming a reporter or desk, or holding an e-mail address */
	public boolean isByline(String line) {
		String withoutEmail = withoutEmail(line);
		if (withoutEmail.length() > 40 || endsLikeSentence(withoutEmail) && withoutEmail.length() > 20) {
			return false;
		}
		if (withoutEmail.length() < line.length()) {
			return true;
		}
		String lower = lowerCase(withoutEmail);
		return containsBylineOpening(lower) && bylineWord.matcher(lower).find()
			|| !withoutEmail.isEmpty() && ENGLISH_BYLINE_OPENINGS.indexOf(withoutEmail.charAt(0)) >= 0 && englishByline.matcher(withoutEmail).matches();
	}

	private static BitSet charSet(String chars) {
		BitSet set = new BitSet();
		for (int i = 0; i < chars.length(); i++) {
			set.set(chars.charAt(i));
		}
		return set;
	}

	private static BitSet firstChars(List<String> texts) {
		BitSet set = new BitSet();
		for (String t : texts) {
			set.set(t.charAt(0));
		}
		return set;
	}

	private static boolean containsAnyChar(String text, BitSet chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.get(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** @return true when the text holds one of the byline words' openings */
	private boolean containsBylineOpening(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (bylineOpeningStarts.get(text.charAt(i))) {
				for (String o : bylineOpenings) {
					if (text.startsWith(o, i)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * @return what opens a digest-style heading, or 0: its marker character (◆, ■ …); {@link #ENCLOSED}'s
	 *         opening bracket for a heading set in 【…】 or […]; {@link #NUMBERED} for "1. …" or "2) …";
	 *         {@link #CIRCLED} for ① … ⑳. Headings of one digest share what opens them.
	 */
	public static char marker(String line) {
		if (line.length() < 6 || line.length() > SHORT) {
			return 0;
		}
		char first = line.charAt(0);
		int bracket = ENCLOSED.indexOf(first);
		char marker = MARKERS.indexOf(first) >= 0 ? first
			: first >= '\u2460' && first <= '\u2473' ? CIRCLED
			// closed at the end and not before: one heading, not a tag and a headline
			: bracket >= 0 && line.indexOf(ENCLOSED_CLOSERS.charAt(bracket)) == line.length() - 1 ? first
			: numberedHeadingStart(line) > 0 ? NUMBERED : 0;
		if (marker == 0 || endsLikeSentence(line) || mayBeCaption(line) && CAPTION.matcher(line).find()) {
			return 0;
		}
		return marker;
	}

	/**
	 * @return true for a headline behind a short tag in brackets ("[순천] 순천시, …", "【단독】 …"): digests of
	 *         local briefs head their stories so; a sentence, or a tag with nothing after it, is no such headline
	 */
	public static boolean isTaggedHeading(String line) {
		if (line.length() < 8 || line.length() > SHORT || ENCLOSED.indexOf(line.charAt(0)) < 0) {
			return false;
		}
		int close = line.indexOf(ENCLOSED_CLOSERS.charAt(ENCLOSED.indexOf(line.charAt(0))));
		return close > 1 && close <= LONGEST_TAG + 1 && visibleLength(line.substring(close + 1)) >= 6 && !endsLikeSentence(line);
	}

	/** @return the heading's text without what opens it (and closes it, for a heading set in brackets) */
	public static String headingText(String heading) {
		char marker = marker(heading);
		if (marker == NUMBERED) {
			return heading.substring(numberedHeadingStart(heading)).strip();
		}
		if (ENCLOSED.indexOf(marker) >= 0) {
			return heading.substring(1, heading.length() - 1).strip();
		}
		return marker == 0 ? heading.strip() : heading.substring(1).strip();
	}

	/** @return where the text of a "1. …" or "12) …" heading starts (past the number and its space), or 0 */
	private static int numberedHeadingStart(String line) {
		int i = 0;
		while (i < line.length() && i < 2 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
			i++;
		}
		if (i == 0 || i + 2 >= line.length() || line.charAt(i) != '.' && line.charAt(i) != ')' || line.charAt(i + 1) != ' ') {
			return 0;
		}
		return i + 2;
	}

	/** @return false when the line holds none of the words a caption pattern needs: no need to try it */
	static boolean mayBeCaption(String line) {
		for (String w : CAPTION_WORDS) {
			if (line.contains(w)) {
				return true;
			}
		}
		for (int i = 0; i + 5 <= line.length(); i++) {
			char c = line.charAt(i);
			if ((c == 'p' || c == 'P') && line.regionMatches(true, i, "photo", 0, 5)) {
				return true;
			}
		}
		return false;
	}

	/** @return true for a line of navigation: a menu or breadcrumb, whatever sets its entries apart */
	public boolean isNavigation(String line) {
		return isMenu(line) || line.length() <= SHORT && isMenuOfWords(line.toLowerCase(Locale.ROOT));
	}

	/**
	 * Menus and breadcrumbs: three or more short words set apart by wide gaps, bars or arrows (the parts
	 * the trimmed line splits into at {@code \s{2,}|\s*[|｜>›»]\s*}, trailing empty ones not counted).
	 */
	static boolean isMenu(String line) {
		int from = 0;
		int to = line.length();
		while (from < to && Character.isWhitespace(line.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
			to--;
		}
		int parts = 0;
		int counted = 0; // parts up to the last non-empty one
		int partStart = from;
		for (int i = from; i < to;) {
			int separatorEnd = menuSeparatorEnd(line, i, to);
			if (separatorEnd < 0) {
				i++;
				continue;
			}
			if (i - partStart > 12) {
				return false;
			}
			parts++;
			counted = i > partStart ? parts : counted;
			partStart = i = separatorEnd;
		}
		if (parts == 0 || to - partStart > 12) {
			return false; // no separator: one part
		}
		return (to > partStart ? parts + 1 : counted) >= 3;
	}

	/**
	 * @return the end of the menu separator that a leftmost search finds at {@code i} (two or more
	 *         spaces; or a bar or arrow with the spaces around it), or -1 when none starts there
	 */
	private static int menuSeparatorEnd(String line, int i, int to) {
		int spaces = i;
		while (spaces < to && isRegexSpace(line.charAt(spaces))) {
			spaces++;
		}
		if (spaces - i >= 2) {
			return spaces;
		}
		if (spaces == to || !MENU_BARS.get(line.charAt(spaces))) {
			return -1;
		}
		int end = spaces + 1;
		while (end < to && isRegexSpace(line.charAt(end))) {
			end++;
		}
		return end;
	}

	/** @return true for the characters {@code \s} stands for in a regular expression */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}

	/** A weather bar: a temperature beside a weather word, or several temperatures (one per city). */
	private boolean isWeather(String lower) {
		if (!containsAnyChar(lower, DEGREE_SIGNS)) {
			return false; // no degree sign, no temperature: settled without the pattern
		}
		Matcher t = TEMPERATURE.matcher(lower);
		if (!t.find()) {
			return false;
		}
		return t.find() || weatherWord.matcher(lower).find();
	}

	/**
	 * A market ticker ("코스피 2,650.32 ▲12.50", "USD/KRW 1,320.5 -0.4%"): two or more quoted numbers, a move,
	 * and more digits than letters; a headline that quotes a figure has words around it.
	 */
	static boolean isTicker(String line) {
		if (!containsAnyChar(line, MOVE_SIGNS)) {
			return false; // every move is an arrow or a percentage
		}
		Matcher q = QUOTED_NUMBER.matcher(line);
		int quotes = 0;
		while (q.find()) {
			quotes++;
		}
		if (quotes < 2 || !MOVE.matcher(line).find()) {
			return false;
		}
		int digits = 0;
		int letters = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			} else if (Character.isLetter(c)) {
				letters++;
			}
		}
		return digits >= letters;
	}

	/**
	 * A menu set with single spaces ("홈 정치 경제 사회", "로그인 회원가입 구독신청"): the line is two or more
	 * entries, each a section name, a furniture word or a list heading of up to {@link #LONGEST_MENU_ENTRY} words.
	 */
	private boolean isMenuOfWords(String lower) {
		if (lower.length() > LONGEST_MENU_OF_WORDS || lower.indexOf(' ') < 0 || containsAnyChar(lower, HEADLINE_MARKS)) {
			return false;
		}
		int[] words = menuWords(lower);
		int n = words.length / 2;
		// entries[j]: the fewest entries that cover the first j words, 0 when they cannot be covered
		int[] entries = new int[n + 1];
		int reached = 0;
		for (int i = 0; i < n && i <= reached; i++) {
			if (i > 0 && entries[i] == 0) {
				continue;
			}
			StringBuilder entry = new StringBuilder();
			for (int k = i; k < n && k < i + LONGEST_MENU_ENTRY; k++) {
				entry.append(k > i ? " " : "").append(lower, words[2 * k], words[2 * k + 1]);
				// the entry holds the words and single spaces, all found in this part of the line (an empty first word aside)
				boolean mayMatch = words[2 * i] == words[2 * i + 1] || menuEntry.mayMatch(lower, words[2 * i], words[2 * k + 1]);
				if (mayMatch && isMenuEntry(entry.toString()) && (entries[k + 1] == 0 || entries[i] + 1 < entries[k + 1])) {
					entries[k + 1] = entries[i] + 1;
					reached = Math.max(reached, k + 1);
				}
			}
		}
		// a headline's first words are no menu entry: most lines are settled after a few tries
		return n >= 2 && entries[n] >= 2;
	}

	/**
	 * @return where the words of the trimmed line start and end (in pairs), the words set apart by spaces,
	 *         bars, arrows, slashes or dots as a split at {@code [\s|｜>›»/·•]+} gives them (an empty
	 *         first word when the line opens with a bar)
	 */
	static int[] menuWords(String lower) {
		int from = 0;
		int to = lower.length();
		while (from < to && Character.isWhitespace(lower.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(lower.charAt(to - 1))) {
			to--;
		}
		int[] bounds = new int[lower.length() + 4]; // words and gaps take a character each at least
		int count = 0;
		int start = from;
		for (int i = from; i < to; i++) {
			if (isMenuWordSeparator(lower.charAt(i))) {
				bounds[count++] = start;
				bounds[count++] = i;
				start = i + 1;
				while (start < to && isMenuWordSeparator(lower.charAt(start))) {
					start++;
				}
				i = start - 1;
			}
		}
		if (count == 0) {
			return new int[] { from, to }; // no separator: one word
		}
		bounds[count++] = start;
		bounds[count++] = to;
		while (count > 0 && bounds[count - 1] == bounds[count - 2]) {
			count -= 2; // trailing empty words are dropped
		}
		return Arrays.copyOf(bounds, count);
	}

	private static boolean isMenuWordSeparator(char c) {
		return isRegexSpace(c) || MENU_WORD_BARS.get(c);
	}

	private boolean isMenuEntry(String words) {
		Boolean known = menuEntries.get(words);
		if (known == null) {
			if (menuEntries.size() >= MENU_ENTRIES_KEPT) {
				menuEntries.clear();
			}
			known = menuEntry.matches(words);
			menuEntries.put(words, known);
		}
		return known;
	}

	private static boolean isBracketed(String line) {
		int n = line.length();
		return n > 2 && "[【<〈《(".indexOf(line.charAt(0)) >= 0 && "]】>〉》)".indexOf(line.charAt(n - 1)) >= 0;
	}

	private static boolean isMarked(String line) {
		return line.length() > 2 && MARKERS.indexOf(line.charAt(0)) >= 0;
	}

	private static String unbracketed(String line) {
		return isBracketed(line) ? line.substring(1, line.length() - 1).strip() : line;
	}

	private static String withoutBullet(String text) {
		if (text.length() > 2 && BULLETS.indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ') {
			return text.substring(2).stripLeading();
		}
		return text;
	}

	/**
	 * @return {@code text.toLowerCase(Locale.ROOT)}, found faster for text without capitals (Hangul, Han
	 *         and kana have no case): one table look-up a character, no copy
	 */
	static String lowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (CASED.get(text.charAt(i))) {
				return text.toLowerCase(Locale.ROOT);
			}
		}
		return text;
	}

	/**
	 * The characters lower-casing may change: those with a lower case of their own, and surrogates
	 * (those {@link Character#toLowerCase(char)} changes are written out below: asking it of every
	 * char costs milliseconds at each start, in the interpreter; a test holds the table to it).
	 */
	static final BitSet CASED = cased();
	/** Ranges of characters that have a lower case: first and last of each, both included. */
	private static final String CASED_RANGES = "\u0041\u005a\u00c0\u00d6\u00d8\u00de\u0181\u0182\u018a\u018b\u018e\u0191\u0193\u0194\u0196\u0198"
		+ "\u019c\u019d\u019f\u01a0\u01b2\u01b3\u01b8\u01b8\u01bc\u01bc\u01c4\u01c5\u01c7\u01c8\u01ca\u01cb"
		+ "\u01f1\u01f2\u01f7\u01f8\u023a\u023b\u023d\u023e\u0244\u0246\u0376\u0376\u037f\u037f\u0389\u038a"
		+ "\u0392\u03a1\u03a3\u03ab\u03cf\u03cf\u03f4\u03f4\u03fa\u03fa\u03fd\u042f\u0531\u0556\u10a0\u10c5"
		+ "\u10c7\u10c7\u10cd\u10cd\u13a0\u13f5\u1c90\u1cba\u1cbd\u1cbf\u1f08\u1f0f\u1f18\u1f1d\u1f28\u1f2f"
		+ "\u1f38\u1f3f\u1f48\u1f4d\u1f68\u1f6f\u1f88\u1f8f\u1f98\u1f9f\u1fa8\u1faf\u1fb8\u1fbc\u1fc8\u1fcc"
		+ "\u1fd8\u1fdb\u1fe8\u1fec\u1ff8\u1ffc\u2126\u2126\u212a\u212b\u2132\u2132\u2160\u216f\u2183\u2183"
		+ "\u24b6\u24cf\u2c00\u2c2e\u2c63\u2c64\u2c6e\u2c70\u2c72\u2c72\u2c75\u2c75\u2c7e\u2c80\u2cf2\u2cf2"
		+ "\ua7ab\ua7ae\ua7b0\ua7b4\ua7c5\ua7c7\ua7c9\ua7c9\ua7f5\ua7f5\uff21\uff3a";
	/** Ranges in which every other character has a lower case (Ā ā Ă ă …): first and last of each, both included. */
	private static final String CASED_EVERY_OTHER = "\u0100\u0136\u0139\u0147\u014a\u0178\u0179\u017d\u0184\u0186\u0187\u0189\u01a2\u01a6\u01a7\u01a9"
		+ "\u01ac\u01ae\u01af\u01b1\u01b5\u01b7\u01cd\u01db\u01de\u01ee\u01f4\u01f6\u01fa\u0232\u0241\u0243"
		+ "\u0248\u024e\u0370\u0372\u0386\u0388\u038c\u038e\u038f\u0391\u03d8\u03ee\u03f7\u03f9\u0460\u0480"
		+ "\u048a\u04c0\u04c1\u04cd\u04d0\u052e\u1e00\u1e94\u1e9e\u1efe\u1f59\u1f5f\u2c60\u2c62\u2c67\u2c6d"
		+ "\u2c82\u2ce2\u2ceb\u2ced\ua640\ua66c\ua680\ua69a\ua722\ua72e\ua732\ua76e\ua779\ua77d\ua77e\ua786"
		+ "\ua78b\ua78d\ua790\ua792\ua796\ua7aa\ua7b6\ua7be\ua7c2\ua7c4";

	private static BitSet cased() {
		BitSet cased = new BitSet(Character.MAX_VALUE + 1);
		cased.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
		for (int i = 0; i < CASED_RANGES.length(); i += 2) {
			cased.set(CASED_RANGES.charAt(i), CASED_RANGES.charAt(i + 1) + 1);
		}
		for (int i = 0; i < CASED_EVERY_OTHER.length(); i += 2) {
			for (int c = CASED_EVERY_OTHER.charAt(i); c <= CASED_EVERY_OTHER.charAt(i + 1); c += 2) {
				cased.set(c);
			}
		}
		return cased;
	}

	/** @return the number of non-space characters */
	public static int visibleLength(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c > ' ' && c < '\u0085' || c >= '\uac00' && c <= '\ud7a3' || !Character.isWhitespace(c)) {
				n++;
			}
		}
		return n;
	}

	/** @return the line without e-mail addresses, stripped */
	static String withoutEmail(String line) {
		return line.indexOf('@') < 0 ? line.strip() : EMAIL.matcher(line).replaceAll("").strip(); // every address holds an @
	}
}
