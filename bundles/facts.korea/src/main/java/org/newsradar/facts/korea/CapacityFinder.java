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
	/** The first character of every unit of {@link #POWER}, in either case. */
	private static final String UNIT_STARTS = "M㎿메G기mg";

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
		Sentences sentences = null;
		Set<Double> found = new LinkedHashSet<>();
		Matcher m = POWER.matcher(text);
		for (int i = KoreanNumber.nextStart(text, 0); i >= 0; i = KoreanNumber.nextStart(text, i + 1)) {
			if (!unitMayFollow(text, i) || !m.region(i, text.length()).lookingAt()) {
				continue;
			}
			sentences = sentences != null ? sentences : Sentences.of(text, 0);
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

	/**
	 * @return whether a unit's first character stands where the digits, commas and points from
	 *         {@code digits} on end, or one space or hyphen after (100MW, 1.5 GW, 40-megawatt):
	 *         the only places {@link #POWER} finds one
	 */
	private static boolean unitMayFollow(String text, int digits) {
		int i = digits;
		while (i < text.length() && "0123456789,.".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		if (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-')) {
			i++;
		}
		return i < text.length() && UNIT_STARTS.indexOf(text.charAt(i)) >= 0;
	}
}
