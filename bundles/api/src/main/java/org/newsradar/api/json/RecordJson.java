package org.newsradar.api.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;

/** The output record as JSON, with the field names of the output contract. */
public final class RecordJson {
	private RecordJson() {
	}

	/** @return the record's fields by contract name, in contract order */
	public static Map<String, Object> fields(StoryRecord r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", r.id());
		m.put("source", r.source());
		m.put("story", r.story());
		m.put("title", r.title());
		m.put("date", r.date());
		m.put("outlet", r.outlet());
		m.put("byline", r.byline());
		m.put("url", r.url());
		m.put("body", r.body());
		m.put("topics", r.topics());
		m.put("scores", rounded(r.scores()));
		Map<String, List<String>> phrases = new LinkedHashMap<>();
		Map<String, List<Map<String, Object>>> spans = new LinkedHashMap<>();
		r.evidence().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			List<String> texts = new ArrayList<>();
			List<Map<String, Object>> where = new ArrayList<>();
			for (Evidence ev : e.getValue()) {
				if (!texts.contains(ev.text())) {
					texts.add(ev.text());
				}
				Map<String, Object> span = new LinkedHashMap<>();
				span.put("text", ev.text());
				span.put("field", ev.field());
				span.put("start", ev.start());
				span.put("end", ev.end());
				where.add(span);
			}
			phrases.put(e.getKey(), texts);
			spans.put(e.getKey(), where);
		});
		m.put("evidence", phrases);
		m.put("evidence_spans", spans);
		m.put("classifiers", new java.util.TreeMap<>(r.classifiers()));
		m.put("regions", r.regions());
		m.put("places", r.places());
		m.put("amounts_krw", r.amountsKrw());
		m.put("amounts_other", r.otherAmounts());
		m.put("jobs", r.jobs());
		m.put("capacity_mw", r.capacityMw());
		m.put("errors", r.errors());
		return m;
	}

	/** @return the record as one line of JSON */
	public static String toJson(StoryRecord r) {
		return Json.toJson(fields(r));
	}

	/** @return the error record of an unreadable source as one line of JSON */
	public static String toJson(SourceError e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", e.source());
		m.put("error", e.error());
		return Json.toJson(m);
	}

	private static Map<String, Object> rounded(Map<String, Double> scores) {
		Map<String, Object> m = new java.util.TreeMap<>();
		scores.forEach((k, v) -> m.put(k, Math.round(v * 10000) / 10000.0));
		return m;
	}
}
