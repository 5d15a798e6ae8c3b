package org.newsradar.core.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.facts.FactExtractor;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.core.pipeline.RankedServices.Ranked;
import org.newsradar.core.pipeline.StoryCalls.Outcome;

/**
 * Classifies one story with a fixed set of classifiers and attaches its facts. The classifiers and
 * the fact extractor of a story run off the caller's thread (see {@link StoryCalls}), each within the
 * time limit. One that throws, hangs past the limit or answers nonsense is recorded in the story's
 * {@code errors}; everything else about the story is unaffected. Shadowed candidates run beside the active classifiers and only feed
 * their tally.
 */
final class StoryProcessor {
	private final Map<String, Ranked<TopicClassifier>> classifiers;
	private final Map<String, ShadowLog> shadows;
	private final Ranked<FactExtractor> extractor;
	private final ExecutorService pool;
	private final long timeoutMillis;

	/**
	 * @param classifiers   the active classifier per topic, fixed for the stories processed with it
	 * @param shadows       the shadow candidates per topic
	 * @param extractor     the active fact extractor, or {@code null}
	 * @param pool          runs the calls off the caller's thread, so that a hanging one can be abandoned
	 * @param timeoutMillis how long a story waits for one classifier or extractor call
	 */
	StoryProcessor(Map<String, Ranked<TopicClassifier>> classifiers, Map<String, ShadowLog> shadows,
		Ranked<FactExtractor> extractor, ExecutorService pool, long timeoutMillis) {
		this.classifiers = new TreeMap<>(classifiers);
		this.shadows = shadows;
		this.extractor = extractor;
		this.pool = pool;
		this.timeoutMillis = timeoutMillis;
	}

	/** @return the story's calls to the active classifiers, in topic order, then to the fact extractor if any */
	private List<Callable<?>> activeCalls(Story story) {
		List<Callable<?>> calls = new ArrayList<>();
		classifiers.forEach((topic, c) -> calls.add(() -> c.service().classify(story)));
		if (extractor != null) {
			calls.add(() -> extractor.service().extract(story));
		}
		return calls;
	}

	StoryRecord process(String source, int index, Story story) {
		List<Callable<?>> calls = activeCalls(story);
		List<String> shadowed = new ArrayList<>();
		shadows.forEach((topic, s) -> {
			// the candidate is got here, so that its activation is not timed as its first call
			TopicClassifier candidate = s.running() && classifiers.containsKey(topic) ? s.candidate.service() : null;
			if (candidate != null) {
				shadowed.add(topic);
				calls.add(() -> candidate.classify(story));
			}
		});
		Iterator<Outcome> outcomes = StoryCalls.run(calls, pool, timeoutMillis).iterator();

		List<String> topics = new ArrayList<>();
		Map<String, Double> scores = new LinkedHashMap<>();
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		Map<String, String> deciders = new LinkedHashMap<>();
		Map<String, Classification> decisions = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (var e : classifiers.entrySet()) {
			String topic = e.getKey();
			Outcome o = outcomes.next();
			String failure = failure(o, StoryProcessor::nonsense);
			if (failure != null) {
				errors.add(topic + ": " + e.getValue().label() + " " + failure);
				continue;
			}
			Classification result = (Classification) o.answer();
			decisions.put(topic, result);
			scores.put(topic, result.score());
			deciders.put(topic, e.getValue().label());
			if (result.accepted()) {
				topics.add(topic);
				evidence.put(topic, result.evidence());
			}
		}
		Facts facts = Facts.NONE;
		if (extractor != null) {
			Outcome o = outcomes.next();
			String failure = failure(o, f -> f == null ? "returned no facts" : null);
			if (failure != null) {
				errors.add("facts: " + extractor.label() + " " + failure);
			} else {
				facts = (Facts) o.answer();
			}
		}
		StoryRecord record = new StoryRecord(StoryIds.of(source, index), source, index, story.title(), story.date(),
			story.outlet(), story.byline(), story.url(), story.body(), topics, scores, evidence, deciders,
			facts.regions(), facts.places(), facts.amountsKrw(), facts.otherAmounts(), facts.jobs(),
			facts.capacityMw(), errors);
		for (String topic : shadowed) {
			Outcome o = outcomes.next();
			Classification active = decisions.get(topic);
			if (failure(o, StoryProcessor::nonsense) == null && active != null) {
				shadows.get(topic).record(record, deciders.get(topic), active, (Classification) o.answer());
			}
		}
		return record;
	}

	/**
	 * Makes this story's classifier and extractor calls as {@link #process} does, within the same time
	 * limit, and adds the CPU time of each that answered to its stage ({@code classify TOPIC},
	 * {@code facts}); the answers themselves are dropped. Shadow candidates are left out.
	 */
	void time(Story story, StageTimes times) {
		List<String> stages = new ArrayList<>();
		classifiers.keySet().forEach(topic -> stages.add("classify " + topic));
		if (extractor != null) {
			stages.add(StageTimes.FACTS);
		}
		List<Callable<?>> calls = new ArrayList<>();
		activeCalls(story).forEach(call -> calls.add(cpuTimed(call)));
		List<Outcome> outcomes = StoryCalls.run(calls, pool, timeoutMillis);
		for (int i = 0; i < stages.size(); i++) {
			if (outcomes.get(i).failure() == null) {
				times.add(stages.get(i), (Long) outcomes.get(i).answer());
			}
		}
	}

	/** @return the call, answering with the CPU time it took on the thread that ran it */
	private static Callable<Long> cpuTimed(Callable<?> call) {
		return () -> {
			long start = StageTimes.now();
			call.call();
			return StageTimes.now() - start;
		};
	}

	/**
	 * @param nonsense says what is wrong with an answer, or null when it can be used
	 * @return why the call's outcome cannot be used, or null when it can
	 */
	@SuppressWarnings("unchecked")
	private static <T> String failure(Outcome outcome, Function<T, String> nonsense) {
		return outcome.failure() != null ? outcome.failure() : nonsense.apply((T) outcome.answer());
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
