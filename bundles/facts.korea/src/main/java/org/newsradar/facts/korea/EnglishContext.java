package org.newsradar.facts.korea;

import java.util.regex.Pattern;

/**
 * How an English sentence uses a romanised place name. English puts the telling words before the
 * name ("held in Seoul", "headquartered in the capital city of Seoul", "such as Busan and Daegu")
 * where Korean puts them after it (서울에서 열린, 서울에 본사를 둔), so these checks stand beside
 * the Korean ones of {@link RegionFinder}. Cue words come from {@code cues.txt} sections whose
 * names start with {@code en-}.
 */
final class EnglishContext {
	/** How far before a name its cue may stand, within the sentence. */
	private static final int REACH_BEFORE = 100;
	/** "the southeastern industrial city of": the words that may stand between a cue and the name. */
	private static final String PLACE_LEAD = "(?:the\\s+)?(?:(?:[a-z-]+\\s+){0,4}"
		+ "(?i:city|county|province|town|island|region|area|port)\\s+of\\s+)?";
	/**
	 * Up to a few words of the same clause ("held at the COEX convention center in"), not a new
	 * one ("a conference on Monday that it will build ... in").
	 */
	private static final String SAME_CLAUSE = "(?:(?!\\b(?i:that|to|will|would|plans?)\\b)[^.;!?]){0,40}?";
	/** A dateline: the name in capitals at the start of a line, then a comma, a dash or "(Yonhap)". */
	private static final Pattern DATELINE_TAIL = Pattern.compile("\\s*(?:,|\\(|—|–|--|-\\s)");

	private final Pattern institution;
	private final Pattern asideAfter;
	private final Pattern asideBefore;
	private final Pattern venueBefore;
	private final Pattern exampleBefore;

	EnglishContext(Cues cues) {
		institution = Pattern.compile("\\s+" + cues.alternation("en-institution") + "\\b");
		asideAfter = Pattern.compile("[\\s-]" + cues.alternation("en-aside-after") + "\\b", Pattern.CASE_INSENSITIVE);
		asideBefore = Pattern.compile("\\b(?i:" + cues.alternation("en-aside-before") + ")\\s+" + PLACE_LEAD + "$");
		venueBefore = Pattern.compile("\\b(?i:" + cues.alternation("en-event") + ")\\b" + SAME_CLAUSE
			+ "\\b(?:in|at)\\s+" + PLACE_LEAD + "$");
		exampleBefore = Pattern.compile("\\b(?i:" + cues.alternation("en-example") + ")\\s+"
			+ "(?:[A-Z][\\w'-]*[\\s,]+|and\\s+|or\\s+)*$");
	}

	/**
	 * Seoul National University, Busan Ilbo, or the dateline "ULSAN, March 3 (Yonhap) --": the
	 * name stands for an institution or for where the reporter files from.
	 */
	boolean namesSomethingElse(String text, int start, int end) {
		return institution.matcher(text).region(end, text.length()).lookingAt() || isDateline(text, start, end);
	}

	private static boolean isDateline(String text, int start, int end) {
		if (start > 0 && text.charAt(start - 1) != '\n') {
			return false;
		}
		for (int i = start; i < end; i++) {
			if (Character.isLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return DATELINE_TAIL.matcher(text).region(end, text.length()).lookingAt();
	}

	/**
	 * A Seoul-based company, headquartered in Seoul, a ceremony held in Seoul: where something
	 * sits or took place, not what the story is about.
	 */
	boolean isAside(String text, int start, int end, int sentenceStart) {
		return asideAfter.matcher(text).region(end, text.length()).lookingAt()
			|| endsBefore(asideBefore, text, start, sentenceStart)
			|| endsBefore(venueBefore, text, start, sentenceStart);
	}

	/** Regions such as Busan, Daegu and Gwangju: places given as examples. */
	boolean isExample(String text, int start, int sentenceStart) {
		return endsBefore(exampleBefore, text, start, sentenceStart);
	}

	private static boolean endsBefore(Pattern p, String text, int start, int sentenceStart) {
		int from = Math.max(sentenceStart, start - REACH_BEFORE);
		return p.matcher(text).region(from, start).find();
	}
}
