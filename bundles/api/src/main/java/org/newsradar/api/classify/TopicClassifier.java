package org.newsradar.api.classify;

import org.newsradar.api.model.Story;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides whether a story is about one topic. Register as a service with the property
 * {@link #TOPIC}; for each topic the pipeline uses the classifier with the highest
 * {@code service.ranking} and keeps the others as standby.
 *
 * <p>Implementations must be thread-safe: the pipeline classifies stories in parallel.
 */
@ConsumerType
public interface TopicClassifier {
	/** Service property: the topic id this classifier decides, e.g. {@code data_center}. */
	String TOPIC = "newsradar.topic";

	/** @return the topic id, equal to the {@link #TOPIC} service property */
	String topic();

	/** @return the decision on the story; never {@code null} */
	Classification classify(Story story);
}
