package org.newsradar.api.pipeline;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Managing which classifier serves a topic while the workbench runs: shadow a candidate beside
 * the active classifier, read how they disagree, and promote the candidate. The shell commands
 * and any user interface use this one service, so they have the same effects.
 */
@ProviderType
public interface ClassifierAdmin {
	/**
	 * Runs the candidate classifier of {@code topic} registered by bundle {@code bundleId} beside
	 * the active one on every story from now on, without affecting the output.
	 *
	 * @throws IllegalArgumentException if that bundle registers no classifier for the topic
	 */
	void shadow(String topic, long bundleId);

	/** Stops shadowing the topic; its report is kept until the next {@link #shadow}. */
	void stopShadow(String topic);

	/** @return agreement and every disagreement of each shadowed topic so far */
	ShadowReport shadowReport();

	/**
	 * Makes the classifier of {@code topic} from bundle {@code bundleId} the active one whatever
	 * its ranking, remembered across restarts (by bundle symbolic name) until {@link #unpin}.
	 *
	 * @throws IllegalArgumentException if that bundle registers no classifier for the topic
	 */
	void promote(String topic, long bundleId);

	/** Lets service ranking decide the topic's classifier again. */
	void unpin(String topic);
}
