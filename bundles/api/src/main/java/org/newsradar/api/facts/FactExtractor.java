package org.newsradar.api.facts;

import org.newsradar.api.model.Story;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extracts a story's facts. The pipeline uses the extractor with the highest
 * {@code service.ranking}. Implementations must be thread-safe.
 */
@ConsumerType
public interface FactExtractor {
	/** @return the story's facts; never {@code null} */
	Facts extract(Story story);
}
