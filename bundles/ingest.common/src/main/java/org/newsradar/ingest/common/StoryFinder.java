package org.newsradar.ingest.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.model.Story;
import org.newsradar.ingest.common.LineRules.Role;

/**
 * Finds the stories among a page's blocks, as a reader does. The article is the run of blocks where
 * prose outweighs everything else (the best-scoring run between headings of headline lists and
 * copyright lines); furniture, bylines and datelines inside it are dropped; a run opened by two or
 * more ◆/■-style headings with prose of their own is a digest of several stories; a body printed twice
 * is kept once; a date, byline and outlet are read from what the page shows.
 */
public final class StoryFinder {
	/** Prose a digest part needs (in visible characters) to count as a story of its own. */
	static final int MIN_STORY_PROSE = 60;
	/**
	 * Digest headings are headlines; the subheadings of one long article are short phrases. Headings
	 * this long (visible characters, the median over the page) make a digest even without datelines.
	 */
	static final int MIN_HEADLINE = 14;
	/**
	 * A news story's first paragraph retells its headline (the median digest part of the pages we have
	 * seen shares 0.7 to 1 of its heading's letter pairs with it); a section's first paragraph goes on
	 * from its subheading and shares much less.
	 */
	static final double MIN_LEAD_ECHO = 0.5;
	private static final Pattern LEAD_TAG = Pattern.compile("^(?:(?:\\[[^\\]]{2,30}\\]|【[^】]{2,30}】|\\([^)]{1,30}=[^)]{1,30}\\))\\s*)?"
		+ "(?:[^\\s=|\\[\\]]{1,20}(?:\\s+[^\\s=|\\[\\]]{1,20}){0,2}\\s*(?:기자|특파원)\\s*[=|｜]\\s*)?");
	private static final Pattern COPYRIGHT_OWNER = Pattern.compile("(?iu)(?:저작권자|copyright|ⓒ|©|\\(c\\))\\s*(?:ⓒ|©|\\(c\\))?\\s*"
		+ "(?:(?:19|20)\\d\\d\\s*)?([^.,\\]>|<\\[]{2,30}?)\\s*(?:[.,]|무단|all rights|$)");
	private static final Pattern BYLINE_PARTS = Pattern.compile("\\s*[/|｜·]\\s*");
	private static final Pattern BRACKETS = Pattern.compile("[<>()\\[\\]]");
	private static final Pattern CREDIT_PREFIX = Pattern.compile("^(정리|글|사진)\\s*=\\s*");

	/** Marks a date not read yet (compared by identity: no date reads as this string). */
	private static final String UNREAD = new String("unread");

	private final DateFinder dates = new DateFinder();
	private final LineRules rules = new LineRules(dates);

	/** @return the date finder this story finder reads dates with (readers use it for meta values) */
	public DateFinder dates() {
		return dates;
	}

	/** @return the line rules this story finder judges blocks by */
	public LineRules rules() {
		return rules;
	}

	/**
	 * @param blocks the page's visible text in reading order
	 * @param hints  what the reader knows about the page from its markup
	 * @return the page's stories in page order; empty when the page holds no prose at all
	 */
	public List<Story> stories(List<Block> blocks, PageHints hints) {
		Page page = new Page(blocks, hints);
		int[] region = page.region();
		if (region == null) {
			return List.of();
		}
		return page.stories(region[0], region[1]);
	}

	/** The blocks of one page with their roles, and what is known about the page. */
	private final class Page {
		final List<Block> blocks;
		final PageHints hints;
		final Role[] roles;
		final boolean[] titleEcho;
		/**
		 * The marker opening each marked heading (see {@link LineRules#marker}), {@link LineRules#TAGGED}
		 * for a headline behind a bracketed tag, 0 for other blocks.
		 */
		final char[] markers;
		/** Visible (non-space) characters of each block. */
		final int[] visible;
		/** The page's headline: from the markup, else the first headline-like line above the first prose. */
		final String title;
		/** The outlet a copyright line names, or null. */
		final String copyrightOwner;
		/** The block of the first copyright line that names an outlet, -1 for none. */
		private int copyrightOwnerAt = -1;
		/**
		 * The publication date and the date alone each block shows, read when first asked for ({@link #UNREAD}
		 * until then): the page date and every digest part's date ask for the same datelines.
		 */
		private final String[] published;
		private final String[] dateOnly;

		Page(List<Block> blocks, PageHints hints) {
			this.blocks = blocks;
			this.hints = hints;
			roles = new Role[blocks.size()];
			titleEcho = new boolean[blocks.size()];
			visible = new int[blocks.size()];
			markers = new char[blocks.size()];
			published = new String[blocks.size()];
			dateOnly = new String[blocks.size()];
			Arrays.fill(published, UNREAD);
			Arrays.fill(dateOnly, UNREAD);
			for (int i = 0; i < roles.length; i++) {
				Block b = blocks.get(i);
				visible[i] = LineRules.visibleLength(b.text());
				roles[i] = rules.role(b.text(), b.linkDensity(), visible[i]);
				if (roles[i] == Role.MARKED_HEADING) {
					markers[i] = LineRules.marker(b.text());
				} else if (roles[i] == Role.OTHER && LineRules.isTaggedHeading(b.text())) {
					markers[i] = LineRules.TAGGED;
				}
			}
			copyrightOwner = copyrightOwner();
			title = hints.title() != null ? hints.title() : guessTitle();
			String titleKey = key(title);
			for (int i = 0; i < roles.length; i++) {
				if (hints.title() == null && markers[i] != 0) {
					continue; // a title guessed from a digest's first heading: that heading still opens its story
				}
				String text = blocks.get(i).text();
				// a block much longer or shorter than the title cannot repeat it: skip the comparison
				titleEcho[i] = !titleKey.isEmpty() && text.length() >= titleKey.length() && text.length() <= 2 * title.length() + 8
					&& hasKey(text, titleKey);
			}
		}

		/**
		 * @return first and last index of the article: the best run of blocks where prose outweighs the
		 *         rest, between list headings and article ends; a run right after a list heading counts half
		 */
		int[] region() {
			int[] best = null;
			double bestScore = 0;
			int segmentStart = 0;
			boolean afterList = false;
			boolean listProse = false;
			for (int i = 0; i <= roles.length; i++) {
				// teasers under a list heading end where an article's own dateline or byline stands over its prose
				if (i < roles.length && !isBarrier(i) && !(listProse && opensArticle(i))) {
					listProse |= afterList && roles[i] == Role.PROSE;
					continue;
				}
				double run = 0;
				int runStart = segmentStart;
				for (int j = segmentStart; j < i; j++) {
					if (run <= 0) {
						run = 0;
						runStart = j;
					}
					run += weight(j);
					double score = afterList ? run / 2 : run;
					if (score > bestScore) {
						bestScore = score;
						best = new int[] { runStart, j };
					}
				}
				afterList = i < roles.length && roles[i] == Role.LIST_HEADING;
				listProse = false;
				segmentStart = i + 1;
			}
			if (best != null) {
				// a digest's first heading stands just before its first prose, perhaps over a dateline and a byline
				for (int j = best[0] - 1; j >= 0 && best[0] - j <= 3; j--) {
					if (markers[j] != 0) {
						best[0] = j;
						break;
					}
					if (roles[j] != Role.DATELINE && roles[j] != Role.BYLINE) {
						break;
					}
				}
			}
			return best;
		}

		/**
		 * A list heading ends the article. A close-of-article line does too, unless prose follows right
		 * after it (then it was a photo credit or a stray notice inside the article, which costs but does
		 * not cut).
		 */
		private boolean isBarrier(int i) {
			if (roles[i] == Role.LIST_HEADING) {
				return !isInlineList(i);
			}
			if (roles[i] != Role.ARTICLE_END) {
				return false;
			}
			for (int j = i + 1; j < roles.length; j++) {
				if (roles[j] != Role.FURNITURE) {
					return roles[j] != Role.PROSE;
				}
			}
			return true;
		}

		/** @return true for a publication dateline or a byline over prose (past other datelines, bylines and furniture) */
		private boolean opensArticle(int i) {
			if (roles[i] != Role.BYLINE && (roles[i] != Role.DATELINE || published(i) == null)) {
				return false;
			}
			for (int j = i + 1; j < roles.length; j++) {
				if (roles[j] != Role.DATELINE && roles[j] != Role.BYLINE && roles[j] != Role.FURNITURE) {
					return roles[j] == Role.PROSE;
				}
			}
			return false;
		}

		/**
		 * A "related stories" box set inside an HTML article: its heading is followed by links only,
		 * and then the article's prose goes on. (Text dumps have no links to tell such a box from the
		 * lists after the article, so there every list heading ends the article.)
		 */
		private boolean isInlineList(int heading) {
			int links = 0;
			for (int j = heading + 1; j < roles.length; j++) {
				if (blocks.get(j).linkDensity() > 0.5) {
					links++;
				} else if (roles[j] != Role.FURNITURE) {
					return links > 0 && roles[j] == Role.PROSE;
				}
			}
			return false;
		}

		private double weight(int i) {
			if (titleEcho[i]) {
				return -10;
			}
			if (roles[i] == Role.ARTICLE_END || roles[i] == Role.LIST_HEADING) {
				return -20;
			}
			Block b = blocks.get(i);
			return switch (roles[i]) {
				case PROSE -> visible[i] * (1 - b.linkDensity());
				case MARKED_HEADING, DATELINE -> -5;
				case FURNITURE -> -10;
				case BYLINE -> -20;
				// short lines inside an article (captions, subheadings) cost a little; a list of them costs a lot
				default -> -(Math.min(visible[i], 40) / 2.0 + 5);
			};
		}

		List<Story> stories(int first, int last) {
			List<Integer> kept = new ArrayList<>();
			for (int i = first; i <= last; i++) {
				if (!titleEcho[i] && blocks.get(i).linkDensity() <= 0.5
					&& (roles[i] == Role.PROSE || roles[i] == Role.OTHER || roles[i] == Role.MARKED_HEADING)) {
					kept.add(i);
				}
			}
			String pageDate = pageDate(first, last);
			String outlet = hints.outlet() != null ? hints.outlet() : outlet(last);
			String byline = hints.byline() != null ? hints.byline() : byline(first, last);
			String pageTitle = title;

			List<Integer> heads = digestHeadings(kept, last);
			List<Story> stories = new ArrayList<>();
			if (heads.isEmpty()) {
				String body = body(kept);
				if (!body.isEmpty()) {
					stories.add(new Story(pageTitle, pageDate, outlet, byline, body, hints.url()));
				}
				return stories;
			}
			// the lead story before the first heading, if it has prose of its own, carries the page title
			List<Integer> lead = kept.subList(0, kept.indexOf(heads.get(0)));
			if (prose(lead) >= MIN_STORY_PROSE) {
				stories.add(new Story(pageTitle, pageDate, outlet, byline, body(lead), hints.url()));
			}
			for (int h = 0; h < heads.size(); h++) {
				int from = kept.indexOf(heads.get(h));
				int to = h + 1 < heads.size() ? kept.indexOf(heads.get(h + 1)) : kept.size();
				int end = partEnd(heads, h, last);
				String date = storyDate(heads.get(h), end);
				String title = LineRules.headingText(squash(blocks.get(heads.get(h)).text()));
				stories.add(new Story(title, date != null ? date : pageDate, outlet, byline, body(kept.subList(from + 1, to)),
					hints.url()));
			}
			return stories;
		}

		/**
		 * @return the block indexes of digest headings: the marker (or headings followed by a dateline)
		 *         that opens at least two parts with prose of their own, together as much as two stories;
		 *         empty when the page is one story. Every heading with prose under it opens a story, however
		 *         short: a one-sentence brief is a story too, not part of the one before it.
		 */
		private List<Integer> digestHeadings(List<Integer> kept, int last) {
			List<Integer> best = List.of();
			for (char marker : candidateMarkers(kept, last)) {
				List<Integer> heads = new ArrayList<>();
				for (int i : kept) {
					if (opens(i, marker, last)) {
						heads.add(i);
					}
				}
				List<Integer> stories = new ArrayList<>();
				int total = 0;
				for (int h = 0; h < heads.size(); h++) {
					int from = kept.indexOf(heads.get(h)) + 1;
					int to = h + 1 < heads.size() ? kept.indexOf(heads.get(h + 1)) : kept.size();
					int prose = prose(kept.subList(from, to));
					if (prose > 0) {
						stories.add(heads.get(h));
						total += prose;
					}
				}
				if (total >= 2 * MIN_STORY_PROSE && stories.size() >= 2 && stories.size() > best.size()
					&& looksLikeDigest(stories, last)) {
					best = stories;
				}
			}
			return best;
		}

		/**
		 * A digest's parts carry their own datelines, or at least headings that read like headlines and
		 * leads that retell them; a feature article's subheadings are short phrases or section titles
		 * its paragraphs go on from, and its parts share one dateline.
		 */
		private boolean looksLikeDigest(List<Integer> heads, int last) {
			int dated = 0;
			List<Integer> lengths = new ArrayList<>();
			for (int h = 0; h < heads.size(); h++) {
				if (storyDate(heads.get(h), partEnd(heads, h, last)) != null) {
					dated++;
				}
				lengths.add(LineRules.visibleLength(LineRules.headingText(blocks.get(heads.get(h)).text())));
			}
			if (dated * 2 >= heads.size()) {
				return true;
			}
			lengths.sort(null);
			if (lengths.get(lengths.size() / 2) < MIN_HEADLINE) {
				return false;
			}
			List<Double> echoes = new ArrayList<>();
			for (int h = 0; h < heads.size(); h++) {
				echoes.add(leadEcho(LineRules.headingText(blocks.get(heads.get(h)).text()), heads.get(h) + 1, partEnd(heads, h, last)));
			}
			echoes.sort(null);
			return echoes.get(echoes.size() / 2) >= MIN_LEAD_ECHO;
		}

		/** @return the last block of the digest part that heading {@code h} opens */
		private int partEnd(List<Integer> heads, int h, int last) {
			return h + 1 < heads.size() ? heads.get(h + 1) - 1 : last;
		}

		/** @return the share of the heading's letter pairs that the first prose block in {@code from..to} holds */
		private double leadEcho(String heading, int from, int to) {
			for (int i = from; i <= to; i++) {
				if (roles[i] == Role.PROSE) {
					return letterPairsShared(heading, blocks.get(i).text());
				}
			}
			return 0;
		}

		private List<Character> candidateMarkers(List<Integer> kept, int last) {
			List<Character> out = new ArrayList<>();
			for (int i : kept) {
				char c = markers[i] != 0 ? markers[i] : headingWithDateline(i, last) ? 'h' : 0;
				if (c != 0 && !out.contains(c)) {
					out.add(c);
				}
			}
			return out;
		}

		private boolean opens(int i, char marker, int last) {
			if (marker == 'h') {
				return headingWithDateline(i, last);
			}
			return markers[i] == marker;
		}

		/** An HTML heading directly followed by a dateline opens a digest story even without a marker. */
		private boolean headingWithDateline(int i, int last) {
			return blocks.get(i).kind() == Block.Kind.HEADING && i + 1 <= last && roles[i + 1] == Role.DATELINE;
		}

		private int prose(List<Integer> indexes) {
			int n = 0;
			for (int i : indexes) {
				if (roles[i] == Role.PROSE) {
					n += visible[i];
				}
			}
			return n;
		}

		/** The story text: from its first to its last prose block, tags of the wire and reporter removed. */
		private String body(List<Integer> indexes) {
			int from = 0;
			int to = indexes.size() - 1;
			while (from <= to && roles[indexes.get(from)] != Role.PROSE) {
				from++;
			}
			while (to >= from && roles[indexes.get(to)] != Role.PROSE) {
				to--;
			}
			List<String> paragraphs = new ArrayList<>();
			for (int i : indexes.subList(from, to + 1)) {
				paragraphs.add(squash(blocks.get(i).text()));
			}
			if (!paragraphs.isEmpty()) {
				paragraphs.set(0, withoutLeadTag(paragraphs.get(0)));
				int lastIndex = paragraphs.size() - 1;
				paragraphs.set(lastIndex, LineRules.withoutTrailingTags(paragraphs.get(lastIndex)));
			}
			paragraphs.removeIf(String::isBlank);
			return String.join("\n", RepeatMerger.merge(paragraphs));
		}

		/**
		 * The page's date: from the markup, else the first date labelled as the publication, else one
		 * labelled as a change, else a bare date line (the date bar at the top of many pages). Dates
		 * inside the article's sentences are what the story tells, not when it was printed; the search
		 * stops at the first list of other stories after the article.
		 */
		private String pageDate(int first, int last) {
			if (hints.date() != null) {
				return hints.date();
			}
			int end = last;
			while (end + 1 < blocks.size() && end < last + 12 && roles[end + 1] != Role.LIST_HEADING) {
				end++;
			}
			String updated = null;
			String bare = null;
			for (int i = 0; i <= end; i++) {
				if (roles[i] == Role.PROSE && i >= first) {
					continue;
				}
				String d = published(i);
				if (d != null) {
					return d;
				}
				if (updated == null) {
					updated = dates.updated(blocks.get(i).text());
				}
				if (bare == null && roles[i] == Role.DATELINE) {
					bare = dateOnly(i);
				}
			}
			return updated != null ? updated : bare;
		}

		private String storyDate(int from, int to) {
			for (int i = from; i <= to; i++) {
				if (roles[i] == Role.DATELINE) {
					String d = published(i);
					return d != null ? d : dateOnly(i);
				}
			}
			return null;
		}

		private String published(int i) {
			if (published[i] == UNREAD) {
				published[i] = dates.published(blocks.get(i).text());
			}
			return published[i];
		}

		private String dateOnly(int i) {
			if (dateOnly[i] == UNREAD) {
				dateOnly[i] = dates.dateOnly(blocks.get(i).text());
			}
			return dateOnly[i];
		}

		/** The outlet a copyright line names: the first such line after the article, else any. */
		private String outlet(int last) {
			if (copyrightOwnerAt < 0 || copyrightOwnerAt > last) {
				return copyrightOwner; // the page's first owner line stands after the article (or there is none): it is the first there too
			}
			for (int i = last + 1; i < blocks.size() && i <= last + 12; i++) {
				String owner = roles[i] == Role.ARTICLE_END ? owner(blocks.get(i).text()) : null;
				if (owner != null) {
					return owner;
				}
			}
			return copyrightOwner;
		}

		private String copyrightOwner() {
			for (int i = 0; i < roles.length; i++) {
				String owner = roles[i] == Role.ARTICLE_END ? owner(blocks.get(i).text()) : null;
				if (owner != null) {
					copyrightOwnerAt = i;
					return owner;
				}
			}
			return null;
		}

		/** The first byline near the article: above it, or else below it. */
		private String byline(int first, int last) {
			for (int i = Math.max(0, first - 8); i < blocks.size() && i <= last + 8; i++) {
				if (roles[i] == Role.BYLINE) {
					return cleanByline(squash(blocks.get(i).text()));
				}
			}
			return null;
		}

		/** The site's name heads its menus: a line followed by navigation (perhaps after a date bar) is no headline. */
		private boolean isMasthead(int i) {
			for (int j = i + 1; j < roles.length && j <= i + 3 && (roles[j] == Role.FURNITURE || roles[j] == Role.DATELINE); j++) {
				if (rules.isNavigation(blocks.get(j).text())) {
					return true;
				}
			}
			return false;
		}

		/** The first headline-like line above the first prose that is not the outlet's name. */
		private String guessTitle() {
			String fallback = "";
			int at = 0;
			String first = null;
			for (; at < roles.length && roles[at] != Role.PROSE && first == null; at++) {
				String t = titleCandidate(at);
				if (t != null && LineRules.visibleLength(t) >= 10) {
					first = t;
				} else if (t != null && fallback.isEmpty() && LineRules.visibleLength(t) >= 4) {
					fallback = t;
				}
			}
			if (first == null) {
				return fallback;
			}
			int lead = at;
			while (lead < roles.length && roles[lead] != Role.PROSE) {
				lead++;
			}
			if (lead == roles.length) {
				return first;
			}
			// the first long line is the headline unless another stands before the lead and the lead
			// retells that one, not the first: a teaser or a menu line (Sign In Register) above the headline
			int[] leadPairs = null;
			for (int later = at; later < lead; later++) {
				String t = titleCandidate(later);
				if (t != null && LineRules.visibleLength(t) >= 10) {
					if (leadPairs == null) {
						leadPairs = sortedLetterPairs(blocks.get(lead).text());
						if (letterPairsIn(first, leadPairs) >= MIN_LEAD_ECHO) {
							return first;
						}
					}
					if (letterPairsIn(t, leadPairs) >= MIN_LEAD_ECHO) {
						return t;
					}
				}
			}
			return first;
		}

		/** @return the block as a title, or null when it cannot be one (a role other than a heading's, the outlet, a masthead) */
		private String titleCandidate(int i) {
			if (roles[i] != Role.OTHER && roles[i] != Role.MARKED_HEADING || isMasthead(i)) {
				return null;
			}
			String outletKey = copyrightOwner == null ? "" : key(copyrightOwner);
			return key(blocks.get(i).text()).equals(outletKey) ? null : squash(blocks.get(i).text());
		}
	}

	private String cleanByline(String line) {
		return bylineName(line, rules, dates);
	}

	/** @return the part of a byline line that names the reporter, without e-mail, brackets or a dateline */
	public static String bylineName(String line, LineRules rules, DateFinder dates) {
		// each pattern needs one of a few characters: lines without them are left as they are, without a matcher
		String withoutEmail = LineRules.withoutEmail(line);
		String text = (holdsAny(withoutEmail, "<>()[]") ? BRACKETS.matcher(withoutEmail).replaceAll(" ") : withoutEmail).strip();
		for (String part : holdsAny(text, "/|｜·") ? BYLINE_PARTS.split(text) : new String[] { text }) {
			if (rules.isByline(part) && dates.any(part) == null) {
				return (part.indexOf('=') >= 0 ? CREDIT_PREFIX.matcher(part).replaceFirst("") : part).strip();
			}
		}
		return text.isEmpty() ? null : text;
	}

	private static boolean holdsAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** @return the paragraph without the wire's or reporter's tag it opens with */
	static String withoutLeadTag(String paragraph) {
		// a tag opens with a bracket or holds a reporter's word: without either the pattern can only match nothing
		if (paragraph.isEmpty() || "[【(".indexOf(paragraph.charAt(0)) < 0 && paragraph.indexOf("기자") < 0 && paragraph.indexOf("특파원") < 0) {
			return paragraph;
		}
		// the pattern may match nothing, so it always matches at the start: only a match of some length cuts
		Matcher m = LEAD_TAG.matcher(paragraph);
		return m.lookingAt() && m.end() > 0 ? paragraph.substring(m.end()) : paragraph;
	}

	/** @return the text with every run of spaces made one space */
	static String squash(String text) {
		if (isSquashed(text)) {
			return text;
		}
		StringBuilder b = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = b.length() > 0;
			} else {
				if (space) {
					b.append(' ');
					space = false;
				}
				b.append(c);
			}
		}
		return b.toString();
	}

	/** @return true when the text has no space at its ends and no spaces but single plain ones inside */
	private static boolean isSquashed(String text) {
		char previous = 'x';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' ? previous == ' ' || i == 0 || i == text.length() - 1 : c <= ' ' || c > '~' && Whitespace.isSpace(c)) {
				return false;
			}
			previous = c;
		}
		return true;
	}

	private static String owner(String copyrightLine) {
		Matcher m = COPYRIGHT_OWNER.matcher(squash(copyrightLine));
		return m.find() ? m.group(1).strip() : null;
	}

	/**
	 * @return the share of the heading's pairs of adjacent letters or digits (within a word, lower-cased)
	 *         that the text holds too; 0 for a heading without any
	 */
	static double letterPairsShared(String heading, String text) {
		return letterPairsIn(heading, sortedLetterPairs(text));
	}

	/** @return the text's {@link #letterPairs}, sorted: for asking {@link #letterPairsIn} about it */
	private static int[] sortedLetterPairs(String text) {
		int[] pairs = letterPairs(text);
		Arrays.sort(pairs);
		return pairs;
	}

	/** @return the share of the heading's letter pairs that stand among the text's sorted ones */
	private static double letterPairsIn(String heading, int[] textPairs) {
		int[] headingPairs = letterPairs(heading);
		int shared = 0;
		for (int pair : headingPairs) {
			if (Arrays.binarySearch(textPairs, pair) >= 0) {
				shared++;
			}
		}
		return headingPairs.length == 0 ? 0 : (double) shared / headingPairs.length;
	}

	/** @return each pair of adjacent letters or digits of the text (lower-cased), as one int */
	private static int[] letterPairs(String text) {
		int[] pairs = new int[Math.max(0, text.length() - 1)];
		int n = 0;
		char previous = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = keyChar(text.charAt(i));
			if (previous != 0 && c != 0) {
				pairs[n++] = previous << 16 | c;
			}
			previous = c;
		}
		return Arrays.copyOf(pairs, n);
	}

	/** @return the letters and digits of the text, lower-cased: what two texts must share to be the same */
	static String key(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = keyChar(s.charAt(i));
			if (c != 0) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** @return true when {@code key(text)} is the key given, found without building it */
	static boolean hasKey(String text, String key) {
		int k = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = keyChar(text.charAt(i));
			if (c != 0) {
				if (k == key.length() || key.charAt(k) != c) {
					return false;
				}
				k++;
			}
		}
		return k == key.length();
	}

	/** @return the character lower-cased when it is a letter or digit, else 0: the characters of a {@link #key} */
	static char keyChar(char c) {
		if (c >= '\uac00' && c <= '\ud7a3' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return c; // Hangul syllables, lower-case letters and digits: the common case, no lookups
		}
		if (c >= 'A' && c <= 'Z') {
			return (char) (c + 32);
		}
		return c > 127 && Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
	}
}
