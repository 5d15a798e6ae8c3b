package org.newsradar.lexicon;

import java.util.Map;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.Story;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;

/**
 * The body of a lexicon classifier component. A classifier bundle subclasses it with its
 * {@code @Component} (topic property, configuration PID) and a {@code @Designate}d metatype
 * describing the {@link Tuning} properties, and builds with {@code -dsannotations-options: inherit}
 * so that the lifecycle methods below are found. A configuration change builds a new immutable engine, which
 * the next story uses; a story being classified finishes with the engine it started with.
 */
public abstract class LexiconTopicComponent implements TopicClassifier {
	private final String topic;
	private final String lexiconResource;
	private volatile LexiconClassifier engine;

	/**
	 * @param topic           the topic id, as in the component's {@link TopicClassifier#TOPIC} property
	 * @param lexiconResource the lexicon file inside the bundle, e.g. {@code /lexicon/data_center.lex}
	 */
	protected LexiconTopicComponent(String topic, String lexiconResource) {
		this.topic = topic;
		this.lexiconResource = lexiconResource;
	}

	@Activate
	@Modified
	public void configure(Map<String, Object> properties) {
		engine = LexiconClassifier.configured(topic, getClass(), lexiconResource, Tuning.from(properties));
	}

	@Override
	public String topic() {
		return topic;
	}

	@Override
	public Classification classify(Story story) {
		return engine.classify(story);
	}

	/** @return the engine serving now, for explanations and evaluation */
	public LexiconClassifier engine() {
		return engine;
	}
}
