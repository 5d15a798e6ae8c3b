package org.newsradar.classifier.lexicon;

import java.util.Map;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.Story;
import org.newsradar.lexicon.LexiconClassifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One topic per factory configuration of {@value #FACTORY_PID}: a {@code .cfg} file named
 * {@code org.newsradar.classifier.lexicon-NAME.cfg} in {@code deploy/}, or {@code radar:topic create}.
 *
 * <p>The component publishes its classifier itself rather than through DS, so that the service
 * carries the {@link TopicClassifier#TOPIC} property and an {@code Integer} ranking whatever types
 * the configuration file used (a {@code .cfg} file has only strings, and a string ranking counts
 * as 0). An edited configuration swaps the engine in place, without unregistering: stories never
 * see the topic missing. An edit that makes the definition invalid withdraws the topic until the
 * configuration is valid again; deleting the configuration removes the topic.
 */
@Component(service = {}, configurationPid = ConfiguredTopicClassifier.FACTORY_PID,
	configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredTopicClassifier.Config.class, factory = true)
public class ConfiguredTopicClassifier implements TopicClassifier {
	public static final String FACTORY_PID = "org.newsradar.classifier.lexicon";

	@ObjectClassDefinition(name = "newsradar lexicon topic",
		description = "A topic defined by its cues alone. Each configuration is one topic.")
	@interface Config {
		@AttributeDefinition(description = "Topic id: lower-case letters, digits and _, e.g. battery_plant."
			+ " An existing topic id competes with that topic's classifier by service ranking.")
		String topic();

		@AttributeDefinition(description = "Phrases that speak for the topic, several per value separated by commas;"
			+ " spacing inside a phrase is optional in the text, re:REGEX is a regular expression.")
		String[] cues();

		@AttributeDefinition(description = "Phrases that speak against the topic, like cues.", required = false)
		String[] negative() default {};

		@AttributeDefinition(description = "A story gets the topic when its score (0..1) reaches this.", min = "0",
			max = "1")
		double threshold() default TopicDefinition.DEFAULT_THRESHOLD;

		@AttributeDefinition(description = "Service ranking: the highest-ranked classifier of a topic serves it.")
		int service_ranking() default 0;
	}

	private BundleContext context;
	private String pid;
	private ServiceRegistration<TopicClassifier> registration;
	private volatile LexiconClassifier engine;

	@Activate
	void activate(BundleContext context, Config config, Map<String, Object> properties) {
		this.context = context;
		this.pid = (String) properties.get(Constants.SERVICE_PID);
		modified(config);
	}

	@Modified
	void modified(Config config) {
		TopicDefinition definition;
		try {
			definition = TopicDefinition.of(config.topic(), config.cues(), config.negative(), config.threshold(),
				config.service_ranking());
		} catch (IllegalArgumentException e) {
			withdraw();
			throw new IllegalArgumentException("configuration " + pid + " does not define a topic: " + e.getMessage(), e);
		}
		engine = definition.classifier();
		if (registration == null) {
			registration = context.registerService(TopicClassifier.class, this, definition.serviceProperties(pid));
		} else {
			registration.setProperties(definition.serviceProperties(pid));
		}
	}

	@Deactivate
	void withdraw() {
		if (registration != null) {
			registration.unregister();
			registration = null;
		}
	}

	@Override
	public String topic() {
		return engine.topic();
	}

	@Override
	public Classification classify(Story story) {
		return engine.classify(story);
	}
}
