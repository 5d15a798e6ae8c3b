package org.newsradar.export.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsradar.api.json.RecordJson;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;

/**
 * The spreadsheet form of the output record: one row per story or unreadable source, one column
 * per contract field (same names as in {@code stories.jsonl}), values made readable for people.
 * Rows are built from {@link RecordJson#fields(StoryRecord)} so that they hold exactly what the
 * JSON Lines output holds (rounded scores, de-duplicated evidence phrases).
 */
final class CsvRows {
	/**
	 * Column order: the contract's, with {@code error} (set only on the row of an unreadable source)
	 * after the story's own {@code errors}, and the long {@code body} last so the sheet stays
	 * scannable. {@code evidence_spans} (character offsets) is left to the JSON and database forms.
	 */
	static final List<String> HEADER = List.of("id", "source", "story", "title", "date", "outlet", "byline", "url",
		"topics", "scores", "evidence", "classifiers", "regions", "places", "amounts_krw", "amounts_other", "jobs",
		"capacity_mw", "errors", "error", "body");

	/** Excel keeps at most this many characters in a cell; longer text would spill into the next row. */
	static final int CELL_LIMIT = 32_767;
	private static final String TRUNCATED = "…";

	/** Separator between the items of a list field and between the entries of a per-topic field. */
	private static final String ITEMS = "; ";
	/** Separator between the items of a list that is the value of a per-topic entry. */
	private static final String INNER_ITEMS = ", ";

	private CsvRows() {
	}

	static List<String> story(StoryRecord record) {
		Map<String, Object> fields = RecordJson.fields(record);
		List<String> row = new ArrayList<>(HEADER.size());
		for (String column : HEADER) {
			row.add(cell(text(fields.get(column), ITEMS)));
		}
		return row;
	}

	static List<String> error(SourceError error) {
		List<String> row = new ArrayList<>(HEADER.size());
		for (String column : HEADER) {
			row.add(switch (column) {
				case "source" -> cell(error.source());
				case "error" -> cell(error.error());
				default -> "";
			});
		}
		return row;
	}

	/**
	 * Lists become {@code a; b}, per-topic maps {@code data_center: 0.97; csr_event: 0}, whole
	 * numbers get thousands separators ({@code 2,000,000,000,000}, which spreadsheets read as a
	 * number and show in full rather than as {@code 2E+12}), fractions plain decimals.
	 */
	private static String text(Object value, String separator) {
		if (value == null) {
			return "";
		}
		if (value instanceof Map<?, ?> map) {
			List<String> entries = new ArrayList<>();
			map.forEach((k, v) -> entries.add(k + ": " + text(v, INNER_ITEMS)));
			return String.join(ITEMS, entries);
		}
		if (value instanceof Iterable<?> items) {
			List<String> parts = new ArrayList<>();
			items.forEach(item -> parts.add(text(item, INNER_ITEMS)));
			return String.join(separator, parts);
		}
		if (value instanceof Long || value instanceof Integer) {
			return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	/**
	 * Makes text safe to open in a spreadsheet: pages are untrusted, and a cell starting with
	 * {@code = + - @} (or a tab or carriage return) would be run as a formula, so it gets a leading
	 * apostrophe, the spreadsheet convention for "this is text". Text longer than a cell can hold is
	 * cut, ending in an ellipsis.
	 */
	static String cell(String text) {
		String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		if (safe.length() <= CELL_LIMIT) {
			return safe;
		}
		int cut = CELL_LIMIT - TRUNCATED.length();
		if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
			cut--;
		}
		return safe.substring(0, cut) + TRUNCATED;
	}
}
