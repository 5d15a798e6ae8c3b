package org.newsradar.api.model;

import java.util.List;
import java.util.Map;

/**
 * The output record of one story: what every exporter writes. Field names follow the output
 * contract (JSON Lines field {@code amounts_krw} is {@link #amountsKrw()}, and so on).
 *
 * @param id          stable id: the same source and story index give the same id in every run
 * @param source      the input path or URL as given
 * @param story       0-based index of the story in its source
 * @param title       headline
 * @param date        ISO publication date or {@code null}
 * @param outlet      outlet or {@code null}
 * @param byline      byline or {@code null}
 * @param url         canonical story address or {@code null}
 * @param body        clean story text
 * @param topics      accepted topics, in topic order
 * @param scores      every topic a classifier scored, score in [0, 1]
 * @param evidence    per accepted topic, the phrases that decided it
 * @param classifiers per scored topic, {@code "bundle-symbolic-name version"} of the deciding classifier
 * @param regions     full 시·도 names the story is about
 * @param places      the finest places named, e.g. {@code 부산광역시 강서구}
 * @param amountsKrw  won amounts stated, as integers
 * @param otherAmounts amounts in other currencies, as written
 * @param jobs        jobs created or planned
 * @param capacityMw  data-center power capacities in MW
 * @param errors      what failed while processing this story; empty when nothing did
 */
public record StoryRecord(String id, String source, int story, String title, String date, String outlet,
	String byline, String url, String body, List<String> topics, Map<String, Double> scores,
	Map<String, List<Evidence>> evidence, Map<String, String> classifiers, List<String> regions,
	List<String> places, List<Long> amountsKrw, List<String> otherAmounts, List<Long> jobs,
	List<Double> capacityMw, List<String> errors) {

	public StoryRecord {
		topics = List.copyOf(topics);
		scores = Map.copyOf(scores);
		evidence = Map.copyOf(evidence);
		classifiers = Map.copyOf(classifiers);
		regions = List.copyOf(regions);
		places = List.copyOf(places);
		amountsKrw = List.copyOf(amountsKrw);
		otherAmounts = List.copyOf(otherAmounts);
		jobs = List.copyOf(jobs);
		capacityMw = List.copyOf(capacityMw);
		errors = List.copyOf(errors);
	}
}
