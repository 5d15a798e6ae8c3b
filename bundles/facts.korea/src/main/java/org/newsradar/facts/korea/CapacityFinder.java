package org.newsradar.facts.korea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds data-center power capacities in megawatts (100MW급, 1GW → 1000, 수전용량 40MW) in a story
 * about data centers. Energy (1GWh) is not capacity, and a sentence about another kind of power
 * plant (수상태양광 200MW) is not about the data center's capacity.
 */
final class CapacityFinder {
	private static final Pattern POWER = Pattern.compile(
		"(\\d[\\d,]*(?:\\.\\d+)?)\\s?(MW|㎿|메가와트|GW|기가와트)(?![hH시])");
	private static final List<String> UNITS = List.of("MW", "㎿", "메가와트", "GW", "기가와트");

	private final Pattern dataCenter;
	private final Pattern otherPower;

	CapacityFinder(Cues cues) {
		dataCenter = Pattern.compile(cues.alternation("data-center"), Pattern.CASE_INSENSITIVE);
		otherPower = Pattern.compile(cues.alternation("other-power"));
	}

	List<Double> find(String text) {
		if (UNITS.stream().noneMatch(text::contains) || !dataCenter.matcher(text).find()) {
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
			boolean aboutAnotherPlant = otherPower.matcher(text).region(from, to).find()
				&& !dataCenter.matcher(text).region(from, to).find();
			if (aboutAnotherPlant) {
				continue;
			}
			BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
			String unit = m.group(2);
			if (unit.equals("GW") || unit.equals("기가와트")) {
				value = value.multiply(BigDecimal.valueOf(1000));
			}
			found.add(value.doubleValue());
		}
		return new ArrayList<>(found);
	}
}
