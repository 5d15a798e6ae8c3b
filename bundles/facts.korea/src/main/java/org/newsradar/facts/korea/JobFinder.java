package org.newsradar.facts.korea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds jobs created or planned: a count of people or jobs bound to a hiring word, before it
 * (신규 고용 600명, 일자리 1800개) or after it (1800명을 채용, 124명의 신규 고용, 300명가량이 취업,
 * 400명 규모로 신규 채용, 80명을 지역에서 뽑는다);
 * in English, create 300 jobs, 1,800 new jobs, hire 1,200 people, jobs for 300 people. A count
 * bound to anything else (100여 명이 참석, 구직자 3000명, 532명이 교육을 마쳤다, 300 employees
 * attended) is not a job, and neither is a count of jobs lost or kept (cut 300 jobs) or of people
 * already employed (이 회사는 5000명을 고용하고 있다, the plant employs 5,000 people).
 */
final class JobFinder {
	private static final String COUNT = "(" + KoreanNumber.NUMERAL + ")\\s?(?:여\\s?)?(명|개)";
	/** A count in English; not the tail of a longer number. */
	private static final String COUNT_EN = "(?<![\\d.,])(" + EnglishNumber.NUMERAL + ")";
	/** Words between a hiring word and its count: hire about 300, an estimated 5,000. */
	private static final String ABOUT = "(?:(?:about|around|approximately|roughly|some|nearly|almost|up to|as many as"
		+ "|more than|over|at least|an estimated|a total of|an additional|another|a further|the|its|their)\\s+)*";
	/** After jobs: they were lost or are at risk (300 jobs were cut). */
	private static final Pattern LOST_AFTER = Pattern.compile("\\s+(?:(?:were|was|will be|would be|have been|had been"
		+ "|are|is|could be|may be)\\s+)?(?:lost|cut|eliminated|shed|slashed|axed|gone|at risk|at stake)\\b",
		Pattern.CASE_INSENSITIVE);
	/** How far after a count its hiring verb may begin (1,800명 이상 규모로 신규 정규직으로 현지에서 채용). */
	private static final int VERB_REACH = 48;
	/** A count of people, then a list mark and the next item's words (시공 인력), up to where the next count begins. */
	private static final Pattern LISTED_COUNT_BEFORE = Pattern.compile("(?<![\\d,.])(" + KoreanNumber.NUMERAL
		+ ")\\s?명\\s?(?:,|과|와|및)\\s?(?:[가-힣]{1,6}\\s?){0,2}$");
	/** How far before a count {@link #LISTED_COUNT_BEFORE} may begin: a long count, 명과, two words of six. */
	private static final int LISTED_COUNT_REACH = 40;
	/** 국내에서 새로 채용, 현지에서 뽑는다: where the people are hired. */
	private static final String LOCATIVE = "[가-힣]{1,4}에서";
	/** 정비 인력 350명이 새로 필요하다: staff a new site needs, the count in group 1. */
	private static final Pattern STAFF_NEEDED = Pattern.compile("(?:인력|인원)\\s?(" + KoreanNumber.NUMERAL
		+ ")\\s?(?:여\\s?)?명\\s?[이가]?\\s?(?:새로|추가로|추가|더)?\\s?필요");
	/** 순차적으로 채용, 단계적으로 고용: how the hiring is done, between the count and its verb. */
	private static final String MANNER = "[가-힣]{1,3}적으로";
	/** 센터 운영 인력으로 채용, 생산직 사원으로 고용: the role the people are hired for. */
	private static final String AS_ROLE = "(?:[가-힣]{1,6}\\s){0,2}[가-힣]{0,4}(?:인력|인원|직원|사원|근로자|직)으?로";
	/** How far before a count a verb cutting or keeping the jobs may stand. */
	private static final int NOT_CREATED_REACH = 60;
	/** Words that may stand before the job noun of {@link #cueThenCount} (신규 고용, 정규직 채용). */
	private static final List<String> NOUN_PREFIXES = List.of("신규", "직접", "간접", "정규직", "청년");
	/** How far before its job noun a {@link #cueThenCount} match may begin: the longest prefix, then a space. */
	private static final int NOUN_REACH = NOUN_PREFIXES.stream().mapToInt(String::length).max().orElseThrow() + 1;

	/** A story naming none of these has no jobs to find (a cheap test before the patterns). */
	private final List<String> hiringWords;
	/** The job nouns (고용, 채용, 일자리): {@link #cueThenCount} is tried only just before one. */
	private final List<String> nouns;
	/** 신규 고용 600명: the hiring word, then the count. */
	private final Pattern cueThenCount;
	/** 1800명을 채용: the count, then the hiring word. */
	private final Pattern countThenCue;
	/**
	 * The hiring verbs of {@link #countThenCue} and their first characters: the pattern is tried
	 * only at a count with one of them within {@link #VERB_REACH} (most counts of 명 have none,
	 * and the pattern, failing, tries every way to read the words between).
	 */
	private final List<String> verbs;
	private final String verbStarts;
	/**
	 * English hiring words in lower case: a story naming none has no English jobs, and the patterns
	 * that begin with one are only tried where {@code indexOf} finds one (a case-insensitive
	 * pattern tried at every position of a story costs several times more).
	 */
	private final List<String> englishHiringWords;
	/** 300 new jobs, 3,000 direct and indirect jobs: the count, then the job noun. */
	private final Pattern countThenJobs;
	/** cut about 300 jobs, save 200 jobs: a verb before the count that creates none. */
	private final Pattern notCreatedBefore;
	/** 500 workers will be hired: the count in group 1. */
	private final Pattern countThenHired;
	/** hire 1,200 people, jobs for 300 people, a job-creation effect of 2,000: the count in group 1. */
	private final List<Pattern> hiringWordThenCount;

	JobFinder(Cues cues) {
		Set<String> words = new LinkedHashSet<>(cues.words("job-noun"));
		words.addAll(cues.words("job-verb"));
		hiringWords = Ascii.withoutExtensions(List.copyOf(words));
		nouns = cues.words("job-noun");
		String noun = cues.alternation("job-noun");
		String modifier = cues.alternation("job-modifier");
		String notCreated = "(?!\\s?" + cues.alternation("job-not-created") + ")";
		verbs = cues.words("job-verb");
		verbStarts = cues.firstChars("job-verb");
		cueThenCount = Pattern.compile("(?<![가-힣])(?:" + String.join("|", NOUN_PREFIXES) + ")?\\s?(" + noun + ")"
			+ "(?:\\s?" + modifier + ")*\\s?[은는이가도]?\\s?(?:약|최대|총|연간|모두|연)?\\s?(?<![\\d.,])" + COUNT);
		countThenCue = Pattern.compile(COUNT
			+ "(?:\\s?(?:여|가량|이상|안팎|규모|내외|정도|남짓|의|을|를|이|가|도|씩|으로|로))*"
			+ "(?:\\s?(?:신규|새로운|새로|새롭게|새|직접|추가로|추가|더|실제|우선|먼저|연내|정규직으로|정규직|" + LOCATIVE + "|현지|지역"
			+ "|인력을|인원을|직원을|인력|인원|직원|" + MANNER + "|" + AS_ROLE + "))*+" // possessive: no word taken is the verb
			+ "\\s?(" + cues.alternation("job-verb") + ")" + notCreated);

		String jobNoun = cues.alternation("en-job-noun");
		String modifiers = "(?:" + cues.alternation("en-job-modifier") + "(?:\\s+and\\s+|,?\\s+|-))*";
		String people = modifiers + cues.alternation("en-job-people") + "\\b";
		String hire = cues.alternation("en-job-verb");
		int ci = Pattern.CASE_INSENSITIVE;
		List<String> gate = new ArrayList<>(List.of("job", "employment"));
		cues.words("en-job-verb").forEach(w -> gate.add(Ascii.toLowerCase(w)));
		englishHiringWords = Ascii.withoutExtensions(gate);
		countThenJobs = Pattern.compile(COUNT_EN + "\\s+" + modifiers + jobNoun + "\\b", ci);
		notCreatedBefore = Pattern.compile("\\b" + cues.alternation("en-job-not-created") + "\\s+" + ABOUT + "$", ci);
		countThenHired = Pattern.compile(COUNT_EN + "\\s+" + people
			+ "\\s+(?:will|would|are (?:expected|set|planned|scheduled) to|are to)"
			+ "\\s+be\\s+(?:newly\\s+)?(?:hired|recruited|employed)\\b", ci);
		hiringWordThenCount = List.of(
			// hire 1,200 people; recruit about 200 engineers; will hire 300 by 2027 (not "hired 3 years ago")
			Pattern.compile("\\b" + hire + "\\s+(?:of\\s+)?" + ABOUT + COUNT_EN + "(?:\\s+" + people
				+ "|(?=\\s*[,.;:)]|\\s*$|\\s+(?:more|by|this|next|in|over|within|from|at|for|locally|annually|a year"
				+ "|each year|every year)\\b))", ci),
			// create jobs for 300 people
			Pattern.compile("\\b(?:jobs|employment)\\s+for\\s+" + ABOUT + COUNT_EN + "\\s+" + people, ci),
			// a job-creation effect of 2,000 (not an employment rate of 60%)
			Pattern.compile("\\b(?:job[- ]creation(?:\\s+(?:effect|impact))?|employment\\s+(?:effect|impact))\\s+of\\s+"
				+ ABOUT + COUNT_EN + "(?!\\s*(?:%|percent))", ci));
	}

	/** @param lower {@code text} folded by {@link Ascii#toLowerCase(String)} */
	List<Long> find(String text, String lower) {
		Set<Long> jobs = new LinkedHashSet<>();
		if (Ascii.containsAny(text, hiringWords)) {
			findKorean(text, jobs);
		}
		if (text.contains("필요")) {
			findStaffNeeded(text, jobs);
		}
		if (Ascii.containsAny(lower, englishHiringWords)) {
			findEnglish(text, lower, jobs);
		}
		return new ArrayList<>(jobs);
	}

	/**
	 * 연구원 30명과 생산직 120명을 채용, 정규직 150명, 비정규직 50명을 채용: the counts listed
	 * before the one bound to the hiring verb are hired too.
	 */
	private static void addListedCountsBefore(String text, int count, Set<Long> jobs) {
		Matcher m = LISTED_COUNT_BEFORE.matcher(text).useTransparentBounds(true);
		for (int end = count; m.region(Math.max(0, end - LISTED_COUNT_REACH), end).find();) {
			addCount(jobs, KoreanNumber.parse(m.group(1)));
			end = m.start();
		}
	}

	/** 인력 35명이 필요하며: looked for only where 인력 or 인원 stands, in a story that says 필요. */
	private static void findStaffNeeded(String text, Set<Long> jobs) {
		Matcher m = null;
		for (String staff : List.of("인력", "인원")) {
			for (int i = text.indexOf(staff); i >= 0; i = text.indexOf(staff, i + 1)) {
				m = m != null ? m : STAFF_NEEDED.matcher(text);
				if (m.region(i, text.length()).lookingAt()) {
					addCount(jobs, KoreanNumber.parse(m.group(1)));
				}
			}
		}
	}

	private void findKorean(String text, Set<Long> jobs) {
		// what find() would do, trying only the starts within NOUN_REACH before a job noun
		Matcher after = null; // each matcher is made the first time a job noun or a count of 명 or 개 calls for it
		int[] nextNoun = new int[nouns.size()];
		Arrays.fill(nextNoun, -1);
		for (int from = 0, noun; (noun = nextNoun(text, from, nextNoun)) >= 0;) {
			int at = Math.max(from, noun - NOUN_REACH);
			after = after != null ? after : cueThenCount.matcher(text).useTransparentBounds(true);
			while (at <= noun && !after.region(at, text.length()).lookingAt()) {
				at++;
			}
			if (at > noun) {
				from = noun + 1;
				continue;
			}
			add(jobs, after.group(2), after.group(3), after.group(1));
			from = after.end();
		}
		Matcher before = null;
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			char counted = KoreanNumber.wordAfter(text, i);
			if (counted != '명' && counted != '개') {
				continue;
			}
			if (!hiringVerbWithin(text, i, VERB_REACH)) {
				continue;
			}
			before = before != null ? before : countThenCue.matcher(text);
			if (before.region(i, text.length()).lookingAt()) {
				add(jobs, before.group(1), before.group(2), before.group(3));
				if (before.group(2).equals("명")) {
					addListedCountsBefore(text, i, jobs);
				}
				i = before.end() - 1;
			}
		}
	}

	/** @return whether a hiring verb (채용, 뽑…) begins within {@code reach} characters from {@code from} */
	private boolean hiringVerbWithin(String text, int from, int reach) {
		for (int i = from, to = Math.min(text.length(), from + reach); i < to; i++) {
			if (verbStarts.indexOf(text.charAt(i)) >= 0) {
				for (String verb : verbs) {
					if (text.startsWith(verb, i)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * @param next where each job noun was found last ({@code -1}: not looked for yet; none left:
	 *             {@link Integer#MAX_VALUE}), updated here: a noun is looked for again only once
	 *             {@code from} has passed it
	 * @return the offset of the first job noun at or after {@code from}, or -1
	 */
	private int nextNoun(String text, int from, int[] next) {
		int first = Integer.MAX_VALUE;
		for (int k = 0; k < next.length; k++) {
			if (next[k] < from) {
				int i = text.indexOf(nouns.get(k), from);
				next[k] = i < 0 ? Integer.MAX_VALUE : i;
			}
			first = Math.min(first, next[k]);
		}
		return first == Integer.MAX_VALUE ? -1 : first;
	}

	private void findEnglish(String text, String lower, Set<Long> jobs) {
		Matcher m = countThenJobs.matcher(text).useTransparentBounds(true);
		Matcher hired = countThenHired.matcher(text).useTransparentBounds(true);
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			if (m.region(i, text.length()).lookingAt()) {
				boolean notCreated = notCreatedBefore.matcher(text)
					.region(Math.max(0, i - NOT_CREATED_REACH), i).find()
					|| LOST_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
				if (!notCreated && !EnglishNumber.looksLikeYear(m.group(1))) {
					addCount(jobs, EnglishNumber.parse(m.group(1)));
				}
			} else if (hired.region(i, text.length()).lookingAt()) {
				addCount(jobs, EnglishNumber.parse(hired.group(1)));
			}
		}
		BitSet tried = new BitSet(text.length());
		for (String word : englishHiringWords) {
			for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
				if (tried.get(i)) {
					continue;
				}
				tried.set(i);
				for (Pattern p : hiringWordThenCount) {
					Matcher c = p.matcher(text).region(i, text.length()).useTransparentBounds(true);
					if (c.lookingAt()) {
						addCount(jobs, EnglishNumber.parse(c.group(1)));
					}
				}
			}
		}
	}

	/** 개 counts jobs only with 일자리 (일자리 1800개); 600개 기업 is not hiring. */
	private static void add(Set<Long> jobs, String numeral, String unit, String cue) {
		if (unit.equals("개") && !cue.startsWith("일자리")) {
			return;
		}
		addCount(jobs, KoreanNumber.parse(numeral));
	}

	private static void addCount(Set<Long> jobs, BigDecimal value) {
		if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0) {
			jobs.add(value.longValue());
		}
	}
}
