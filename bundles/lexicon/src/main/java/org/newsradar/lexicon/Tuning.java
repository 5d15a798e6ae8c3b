package org.newsradar.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an analyst can change in a lexicon classifier through Config Admin, read from the
 * component's configuration properties. A classifier bundle describes these properties in its
 * own metatype ({@code @ObjectClassDefinition} with attributes {@code threshold},
 * {@code extra_cues}, {@code removed_cues}).
 *
 * @param threshold  a story is assigned the topic when its score reaches this
 * @param extraCues  entries added to the shipped lexicon, in its line format (a bare phrase is a cue)
 * @param removedCues phrases whose entries are dropped from the shipped lexicon
 */
public record Tuning(double threshold, List<String> extraCues, List<String> removedCues) {
	public static final String THRESHOLD = "threshold";
	public static final String EXTRA_CUES = "extra.cues";
	public static final String REMOVED_CUES = "removed.cues";
	/** Lexicons are calibrated so that 0.5 is their balance point. */
	public static final double DEFAULT_THRESHOLD = 0.5;
	public static final Tuning DEFAULTS = new Tuning(DEFAULT_THRESHOLD, List.of(), List.of());

	public Tuning {
		if (!(threshold >= 0 && threshold <= 1)) {
			throw new IllegalArgumentException(THRESHOLD + " must be in [0, 1]: " + threshold);
		}
		extraCues = List.copyOf(extraCues);
		removedCues = List.copyOf(removedCues);
	}

	/**
	 * @param properties configuration properties; a value may be a string, an array or collection of
	 *                   strings, and several entries may share one string separated by ';' (a
	 *                   {@code .cfg} file has no arrays)
	 */
	public static Tuning from(Map<String, ?> properties) {
		Object t = properties.get(THRESHOLD);
		double threshold = t == null ? DEFAULT_THRESHOLD
			: t instanceof Number n ? n.doubleValue() : Double.parseDouble(t.toString().strip());
		return new Tuning(threshold, entries(properties.get(EXTRA_CUES)), entries(properties.get(REMOVED_CUES)));
	}

	private static List<String> entries(Object value) {
		List<String> values = new ArrayList<>();
		if (value instanceof String s) {
			values.add(s);
		} else if (value instanceof String[] a) {
			values.addAll(Arrays.asList(a));
		} else if (value instanceof Collection<?> c) {
			c.forEach(v -> values.add(String.valueOf(v)));
		} else if (value != null) {
			values.add(value.toString());
		}
		List<String> entries = new ArrayList<>();
		for (String v : values) {
			Arrays.stream(v.split(";")).map(String::strip).filter(e -> !e.isEmpty()).forEach(entries::add);
		}
		return entries;
	}
}
