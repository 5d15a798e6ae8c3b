package org.newsradar.classifier.smartfactory;

import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.lexicon.LexiconTopicComponent;
import org.newsradar.lexicon.Tuning;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Decides the {@value #TOPIC} topic from the cue lexicon {@value #LEXICON} shipped in this bundle,
 * tuned through Config Admin under the PID {@value #PID}; a change applies from the next story.
 */
@Component(service = TopicClassifier.class, configurationPid = SmartFactoryClassifier.PID,
	configurationPolicy = ConfigurationPolicy.OPTIONAL, property = TopicClassifier.TOPIC + "=" + SmartFactoryClassifier.TOPIC)
@Designate(ocd = SmartFactoryClassifier.Config.class)
public class SmartFactoryClassifier extends LexiconTopicComponent {
	public static final String TOPIC = "smart_factory";
	public static final String PID = "org.newsradar.classifier.smartfactory";
	static final String LEXICON = "/lexicon/smart_factory.lex";

	@ObjectClassDefinition(name = "newsradar Smart-factory classifier",
		description = "Tunes the smart_factory classifier; its cues ship in the bundle as " + LEXICON + ".")
	@interface Config {
		@AttributeDefinition(description = "A story gets the topic when its score (0..1) reaches this.", min = "0", max = "1")
		double threshold() default Tuning.DEFAULT_THRESHOLD;

		@AttributeDefinition(description = "Lexicon entries to add, in the lexicon line format "
			+ "('cue 3 PHRASE', 'neg 2 PHRASE', 'trap PHRASE'; a bare phrase is a cue of weight 2); "
			+ "one per value, or several in one value separated by ';'.")
		String[] extra_cues() default {};

		@AttributeDefinition(description = "Phrases whose lexicon entries are removed, whatever their kind.")
		String[] removed_cues() default {};
	}

	public SmartFactoryClassifier() {
		super(TOPIC, LEXICON);
	}
}
