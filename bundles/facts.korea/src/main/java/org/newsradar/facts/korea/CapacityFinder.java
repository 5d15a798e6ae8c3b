package org.newsradar.facts.korea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds data-center power capacities in megawatts (100MW급, 1GW → 1000, 수전용량 40MW; 100 MW,
 * 1 GW, a 40-megawatt campus) in a story about data centers. Energy (1GWh, 100 megawatt-hours)
 * is not capacity, and a sentence about another kind of power plant (수상태양광 200MW, a 200MW
 * solar farm) is not about the data center's capacity, unless it names the data center again
 * (센터는 풍력 전력을 받아 40MW 규모로 운영된다).
 */
final class CapacityFinder {
	private static final Pattern POWER = Pattern.compile(
		"(\\d[\\d,]*(?:\\.\\d+)?)[\\s-]?(MW|㎿|메가와트|GW|기가와트|(?i:megawatts?|gigawatts?))(?![hH시]|[\\s-]?(?i:hours?))");
	/** A story naming none of these units, as written or in words of any case, has no capacity to find. */
	private static final List<String> UNITS = List.of("MW", "GW", "㎿", "메가와트", "기가와트");
	private static final List<String> UNIT_WORDS = List.of("megawatt", "gigawatt");

	private final Cues.AnyWord dataCenter;
	private final Cues.AnyWord dataCenterAgain;
	private final Cues.AnyWord otherPower;

	CapacityFinder(Cues cues) {
		dataCenter = cues.anyWord("data-center");
		dataCenterAgain = cues.anyWord("data-center-anaphor");
		otherPower = cues.anyWord("other-power");
	}

	/** @param lower {@code text} folded by {@link Ascii#toLowerCase(String)} */
	List<Double> find(String text, String lower) {
		boolean namesUnit = Ascii.containsAny(text, UNITS) || Ascii.containsAny(lower, UNIT_WORDS);
		if (!namesUnit || !dataCenter.foundIn(text, lower, 0, text.length())) {
			return List.of();
		}
		Sentences sentences = Sentences.of(text, 0);
		Set<Double> found = new LinkedHashSet<>();
		Matcher m = POWER.matcher(text);
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			if (!m.region(i, text.length()).lookingAt()) {
				continue;
			}
			int s = sentences.indexOf(m.start());
			int from = sentences.start(s, 0);
			int to = sentences.end(s);
			boolean aboutAnotherPlant = otherPower.foundIn(text, lower, from, to)
				&& !dataCenter.foundIn(text, lower, from, to) && !dataCenterAgain.foundIn(text, lower, from, to);
			if (aboutAnotherPlant) {
				continue;
			}
			BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
			String unit = m.group(2);
			if (unit.startsWith("G") || unit.startsWith("g") || unit.equals("기가와트")) {
				value = value.multiply(BigDecimal.valueOf(1000));
			}
			found.add(value.doubleValue());
		}
		return new ArrayList<>(found);
	}
}
