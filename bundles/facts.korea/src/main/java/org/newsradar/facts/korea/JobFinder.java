package org.newsradar.facts.korea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds jobs created or planned: a count of people or jobs bound to a hiring word, before it
 * (신규 고용 600명, 일자리 1800개) or after it (1800명을 채용, 124명의 신규 고용, 300명가량이 취업).
 * A count bound to anything else (100여 명이 참석, 구직자 3000명, 532명이 교육을 마쳤다) is not
 * a job, and neither is a count of jobs lost or of people already employed.
 */
final class JobFinder {
	private static final String COUNT = "(" + KoreanNumber.NUMERAL + ")\\s?(?:여\\s?)?(명|개)";

	/** A story naming none of these has no jobs to find (a cheap test before the patterns). */
	private final List<String> hiringWords;
	/** 신규 고용 600명: the hiring word, then the count. */
	private final Pattern cueThenCount;
	/** 1800명을 채용: the count, then the hiring word. */
	private final Pattern countThenCue;

	JobFinder(Cues cues) {
		Set<String> words = new LinkedHashSet<>(cues.words("job-noun"));
		words.addAll(cues.words("job-verb"));
		hiringWords = List.copyOf(words);
		String noun = cues.alternation("job-noun");
		String modifier = cues.alternation("job-modifier");
		String notCreated = "(?!" + cues.alternation("job-not-created") + ")";
		cueThenCount = Pattern.compile("(?<![가-힣])(?:신규|직접|간접|정규직|청년)?\\s?(" + noun + ")"
			+ "(?:\\s?" + modifier + ")*\\s?[은는이가도]?\\s?(?:약|최대|총|연간|모두|연)?\\s?(?<![\\d.,])" + COUNT);
		countThenCue = Pattern.compile(COUNT
			+ "(?:\\s?(?:여|가량|이상|안팎|규모|내외|정도|남짓|의|을|를|이|가|도|씩))*"
			+ "(?:\\s?(?:신규|새로|새롭게|직접|추가로|추가|더|실제|정규직으로|정규직|현지|지역|인력을|인원을|직원을|인력|인원|직원))*"
			+ "\\s?(" + cues.alternation("job-verb") + ")" + notCreated);
	}

	List<Long> find(String text) {
		if (hiringWords.stream().noneMatch(text::contains)) {
			return List.of();
		}
		Set<Long> jobs = new LinkedHashSet<>();
		Matcher after = cueThenCount.matcher(text);
		while (after.find()) {
			add(jobs, after.group(2), after.group(3), after.group(1));
		}
		Matcher before = countThenCue.matcher(text);
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			if (before.region(i, text.length()).lookingAt()) {
				add(jobs, before.group(1), before.group(2), before.group(3));
				i = before.end() - 1;
			}
		}
		return new ArrayList<>(jobs);
	}

	/** 개 counts jobs only with 일자리 (일자리 1800개); 600개 기업 is not hiring. */
	private static void add(Set<Long> jobs, String numeral, String unit, String cue) {
		if (unit.equals("개") && !cue.startsWith("일자리")) {
			return;
		}
		BigDecimal value = KoreanNumber.parse(numeral);
		if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0) {
			jobs.add(value.longValue());
		}
	}
}
