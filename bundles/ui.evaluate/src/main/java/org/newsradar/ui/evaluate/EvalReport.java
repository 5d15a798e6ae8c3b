package org.newsradar.ui.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text report of {@code radar:eval} read back into its parts: the per-topic table, the
 * macro-F1 line and the listed sections (false positives, false negatives, problems). Lines it does
 * not recognise are kept, so nothing the command said is lost.
 *
 * @param rows     per-topic precision, recall, F1 and counts
 * @param macro    the macro-F1 line, or {@code null}
 * @param sections each section's lines by its name, in order
 * @param other    lines outside the table and the sections
 */
record EvalReport(List<Row> rows, String macro, Map<String, List<String>> sections, List<String> other) {
	private static final Pattern ROW = Pattern.compile(
		"^(\\S+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*$");
	private static final Pattern SECTION = Pattern.compile("^([a-z][a-z ]+) \\((\\d+)\\)$");

	/** One topic's line of the table. */
	record Row(String topic, double precision, double recall, double f1, int tp, int fp, int fn) {
	}

	static EvalReport parse(String text) {
		List<Row> rows = new ArrayList<>();
		String macro = null;
		Map<String, List<String>> sections = new LinkedHashMap<>();
		List<String> other = new ArrayList<>();
		List<String> section = null;
		for (String line : text.split("\\R")) {
			Matcher row = ROW.matcher(line);
			Matcher head = SECTION.matcher(line);
			if (line.startsWith("  ") && section != null) {
				section.add(line.strip());
			} else if (head.matches()) {
				section = new ArrayList<>();
				sections.put(head.group(1), section);
			} else if (row.matches()) {
				rows.add(new Row(row.group(1), Double.parseDouble(row.group(2)), Double.parseDouble(row.group(3)),
					Double.parseDouble(row.group(4)), Integer.parseInt(row.group(5)), Integer.parseInt(row.group(6)),
					Integer.parseInt(row.group(7))));
				section = null;
			} else if (line.startsWith("macro-F1")) {
				macro = line.strip();
				section = null;
			} else if (!line.isBlank() && !line.startsWith("TOPIC ")) {
				other.add(line);
				section = null;
			}
		}
		return new EvalReport(rows, macro, sections, other);
	}
}
