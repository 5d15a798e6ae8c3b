package org.newsradar.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.facts.FactExtractor;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.core.pipeline.RankedServices.Ranked;

/**
 * Classifies one story with a fixed set of classifiers and attaches its facts. A classifier that
 * throws or answers nonsense is recorded in the story's {@code errors}; the other topics and the
 * story itself are unaffected.
 */
final class StoryProcessor {
	private final Map<String, Ranked<TopicClassifier>> classifiers;
	private final Ranked<FactExtractor> extractor;

	/**
	 * @param classifiers the active classifier per topic, fixed for the stories processed with it
	 * @param extractor   the active fact extractor, or {@code null}
	 */
	StoryProcessor(Map<String, Ranked<TopicClassifier>> classifiers, Ranked<FactExtractor> extractor) {
		this.classifiers = new TreeMap<>(classifiers);
		this.extractor = extractor;
	}

	StoryRecord process(String source, int index, Story story) {
		List<String> topics = new ArrayList<>();
		Map<String, Double> scores = new LinkedHashMap<>();
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		Map<String, String> deciders = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (var e : classifiers.entrySet()) {
			String topic = e.getKey();
			Ranked<TopicClassifier> c = e.getValue();
			String label = Labels.of(c.reference());
			try {
				Classification result = c.service().classify(story);
				String nonsense = nonsense(result);
				if (nonsense != null) {
					errors.add(topic + ": " + label + " " + nonsense);
					continue;
				}
				scores.put(topic, result.score());
				deciders.put(topic, label);
				if (result.accepted()) {
					topics.add(topic);
					evidence.put(topic, result.evidence());
				}
			} catch (RuntimeException | LinkageError ex) {
				errors.add(topic + ": " + label + " failed: " + ex);
			}
		}
		Facts facts = Facts.NONE;
		if (extractor != null) {
			try {
				facts = extractor.service().extract(story);
			} catch (RuntimeException | LinkageError ex) {
				errors.add("facts: " + Labels.of(extractor.reference()) + " failed: " + ex);
			}
		}
		return new StoryRecord(StoryIds.of(source, index), source, index, story.title(), story.date(),
			story.outlet(), story.byline(), story.url(), story.body(), topics, scores, evidence, deciders,
			facts.regions(), facts.places(), facts.amountsKrw(), facts.otherAmounts(), facts.jobs(),
			facts.capacityMw(), errors);
	}

	private static String nonsense(Classification c) {
		if (c == null) {
			return "returned no decision";
		}
		if (Double.isNaN(c.score()) || c.score() < 0 || c.score() > 1) {
			return "returned a score outside [0, 1]: " + c.score();
		}
		return null;
	}
}
