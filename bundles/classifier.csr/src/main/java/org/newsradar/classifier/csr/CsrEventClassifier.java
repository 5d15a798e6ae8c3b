package org.newsradar.classifier.csr;

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
@Component(service = TopicClassifier.class, configurationPid = CsrEventClassifier.PID,
	configurationPolicy = ConfigurationPolicy.OPTIONAL, property = TopicClassifier.TOPIC + "=" + CsrEventClassifier.TOPIC)
@Designate(ocd = CsrEventClassifier.Config.class)
public class CsrEventClassifier extends LexiconTopicComponent {
	public static final String TOPIC = "csr_event";
	public static final String PID = "org.newsradar.classifier.csr";
	static final String LEXICON = "/lexicon/csr_event.lex";

	@ObjectClassDefinition(name = "newsradar CSR-event classifier",
		description = "Tunes the csr_event classifier; its cues ship in the bundle as " + LEXICON + ".")
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

	public CsrEventClassifier() {
		super(TOPIC, LEXICON);
	}
}
