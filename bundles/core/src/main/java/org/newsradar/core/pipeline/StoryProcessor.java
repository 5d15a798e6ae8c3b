package org.newsradar.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.facts.FactExtractor;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.core.pipeline.RankedServices.Ranked;

/**
 * Classifies one story with a fixed set of classifiers and attaches its facts. The classifiers and
 * the fact extractor of a story run in parallel, within one time limit. One that throws, hangs past
 * the limit or answers nonsense is recorded in the story's {@code errors}; everything else about
 * the story is unaffected. Shadowed candidates run beside the active classifiers and only feed
 * their tally.
 */
final class StoryProcessor {
	private final Map<String, Ranked<TopicClassifier>> classifiers;
	private final Map<String, ShadowLog> shadows;
	private final Ranked<FactExtractor> extractor;
	private final ExecutorService calls;
	private final long timeoutMillis;

	/**
	 * @param classifiers   the active classifier per topic, fixed for the stories processed with it
	 * @param shadows       the shadow candidates per topic
	 * @param extractor     the active fact extractor, or {@code null}
	 * @param calls         runs classifier calls so that a hanging one can be abandoned
	 * @param timeoutMillis how long a story waits for its classifiers
	 */
	StoryProcessor(Map<String, Ranked<TopicClassifier>> classifiers, Map<String, ShadowLog> shadows,
		Ranked<FactExtractor> extractor, ExecutorService calls, long timeoutMillis) {
		this.classifiers = new TreeMap<>(classifiers);
		this.shadows = shadows;
		this.extractor = extractor;
		this.calls = calls;
		this.timeoutMillis = timeoutMillis;
	}

	/** An answer, or why there is none. */
	private record Outcome<T>(T answer, String failure) {
	}

	StoryRecord process(String source, int index, Story story) {
		Map<String, Future<Classification>> pending = new LinkedHashMap<>();
		classifiers.forEach((topic, c) -> pending.put(topic, calls.submit(() -> c.service().classify(story))));
		Future<Facts> factsPending = extractor == null ? null : calls.submit(() -> extractor.service().extract(story));
		Map<String, Future<Classification>> shadowPending = new LinkedHashMap<>();
		shadows.forEach((topic, s) -> {
			if (s.running() && classifiers.containsKey(topic)) {
				shadowPending.put(topic, calls.submit(() -> s.candidate.service().classify(story)));
			}
		});

		List<String> topics = new ArrayList<>();
		Map<String, Double> scores = new LinkedHashMap<>();
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		Map<String, String> deciders = new LinkedHashMap<>();
		Map<String, Classification> decisions = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		for (var e : pending.entrySet()) {
			String topic = e.getKey();
			String label = classifiers.get(topic).label();
			Outcome<Classification> o = await(e.getValue(), deadline, StoryProcessor::nonsense);
			if (o.failure() != null) {
				errors.add(topic + ": " + label + " " + o.failure());
				continue;
			}
			Classification result = o.answer();
			decisions.put(topic, result);
			scores.put(topic, result.score());
			deciders.put(topic, label);
			if (result.accepted()) {
				topics.add(topic);
				evidence.put(topic, result.evidence());
			}
		}
		Facts facts = Facts.NONE;
		if (factsPending != null) {
			Outcome<Facts> o = await(factsPending, deadline, f -> f == null ? "returned no facts" : null);
			if (o.failure() != null) {
				errors.add("facts: " + extractor.label() + " " + o.failure());
			} else {
				facts = o.answer();
			}
		}
		StoryRecord record = new StoryRecord(StoryIds.of(source, index), source, index, story.title(), story.date(),
			story.outlet(), story.byline(), story.url(), story.body(), topics, scores, evidence, deciders,
			facts.regions(), facts.places(), facts.amountsKrw(), facts.otherAmounts(), facts.jobs(),
			facts.capacityMw(), errors);
		shadowPending.forEach((topic, future) -> {
			Outcome<Classification> o = await(future, deadline, StoryProcessor::nonsense);
			Classification active = decisions.get(topic);
			if (o.failure() == null && active != null) {
				shadows.get(topic).record(record, deciders.get(topic), active, o.answer());
			}
		});
		return record;
	}

	/** @param nonsense says what is wrong with an answer, or null when it can be used */
	private <T> Outcome<T> await(Future<T> future, long deadline, Function<T, String> nonsense) {
		try {
			T answer = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			String wrong = nonsense.apply(answer);
			return wrong == null ? new Outcome<>(answer, null) : new Outcome<>(null, wrong);
		} catch (TimeoutException e) {
			future.cancel(true);
			return new Outcome<>(null, "timed out after " + timeoutMillis + " ms");
		} catch (ExecutionException e) {
			return new Outcome<>(null, "failed: " + e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			return new Outcome<>(null, "interrupted");
		}
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
