package org.newsradar.core.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.ShadowReport;
import org.newsradar.api.pipeline.ShadowReport.Decision;
import org.newsradar.api.pipeline.ShadowReport.Disagreement;
import org.newsradar.core.pipeline.RankedServices.Ranked;

/** A candidate classifier shadowing a topic, and its tally against the active classifier. */
final class ShadowLog {
	/** Disagreements kept; a long stream keeps the newest. */
	static final int KEPT = 10_000;

	final String topic;
	final Ranked<TopicClassifier> candidate;
	private volatile boolean running = true;
	private String active = "";
	private long stories, agreements;
	private final Deque<Disagreement> disagreements = new ArrayDeque<>();

	ShadowLog(String topic, Ranked<TopicClassifier> candidate) {
		this.topic = topic;
		this.candidate = candidate;
	}

	void stop() {
		running = false;
	}

	boolean running() {
		return running;
	}

	synchronized void record(StoryRecord record, String activeLabel, Classification activeDecision,
		Classification candidateDecision) {
		active = activeLabel;
		stories++;
		if (activeDecision.accepted() == candidateDecision.accepted()) {
			agreements++;
			return;
		}
		if (disagreements.size() == KEPT) {
			disagreements.removeFirst();
		}
		disagreements.add(new Disagreement(record.id(), record.source(), record.story(), record.title(),
			decision(activeDecision), decision(candidateDecision)));
	}

	synchronized ShadowReport.Tally tally() {
		return new ShadowReport.Tally(topic, active, candidate.label(), running, stories, agreements,
			new ArrayList<>(disagreements));
	}

	private static Decision decision(Classification c) {
		return new Decision(c.accepted(), c.score(), c.evidence());
	}
}
