package org.newsradar.api.pipeline;

import java.util.List;

import org.newsradar.api.model.Evidence;

/**
 * How shadowed candidates compare with the active classifiers.
 *
 * @param topics one tally per shadowed topic
 */
public record ShadowReport(List<Tally> topics) {
	public ShadowReport {
		topics = List.copyOf(topics);
	}

	/**
	 * @param topic         the topic
	 * @param active        label of the active classifier ({@code bundle version})
	 * @param candidate     label of the candidate
	 * @param running       whether the shadow is still running
	 * @param stories       stories both classified
	 * @param agreements    stories on which they took the same decision
	 * @param disagreements every story on which they did not (the newest ones when very many)
	 */
	public record Tally(String topic, String active, String candidate, boolean running, long stories,
		long agreements, List<Disagreement> disagreements) {
		public Tally {
			disagreements = List.copyOf(disagreements);
		}

		/** @return agreements / stories, 1 when nothing was compared yet */
		public double agreement() {
			return stories == 0 ? 1.0 : agreements / (double) stories;
		}
	}

	/** One story on which the active classifier and the candidate decided differently. */
	public record Disagreement(String storyId, String source, int story, String title, Decision active,
		Decision candidate) {
	}

	/** One classifier's decision on a story. */
	public record Decision(boolean accepted, double score, List<Evidence> evidence) {
		public Decision {
			evidence = List.copyOf(evidence);
		}
	}
}
