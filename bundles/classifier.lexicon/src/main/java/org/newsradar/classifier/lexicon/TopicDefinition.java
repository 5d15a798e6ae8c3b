package org.newsradar.classifier.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.regex.Pattern;

import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.lexicon.Lexicon;
import org.newsradar.lexicon.LexiconClassifier;
import org.osgi.framework.Constants;

/**
 * A topic defined by configuration alone: its id, the phrases that speak for it and against it, the
 * score that assigns it, and the service ranking that decides whether it replaces another
 * classifier of the same topic. Every cue counts {@link Lexicon#DEFAULT_EXTRA_WEIGHT} and every
 * negative cue takes as much away, weighed by where it stands in the story like the cues of the
 * shipped lexicons.
 *
 * @param topic     the topic id, as it appears in the output's {@code topics} and {@code scores}
 * @param cues      phrases (or {@code re:} patterns) that speak for the topic; at least one
 * @param negatives phrases that speak against it
 * @param threshold a story gets the topic when its score reaches this
 * @param ranking   the service ranking of the classifier
 */
record TopicDefinition(String topic, List<String> cues, List<String> negatives, double threshold, int ranking) {
	static final String TOPIC = "topic";
	static final String CUES = "cues";
	static final String NEGATIVE = "negative";
	static final String THRESHOLD = "threshold";
	static final String RANKING = Constants.SERVICE_RANKING;
	static final double DEFAULT_THRESHOLD = 0.5;

	/** Topic ids are JSON keys and file-name parts: lower-case letters, digits and underscores. */
	private static final Pattern TOPIC_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");
	/** What separates a phrase from its options in a lexicon entry. */
	private static final Pattern OPTION_BAR = Pattern.compile("\\s\\|\\s");

	TopicDefinition {
		if (topic == null || !TOPIC_ID.matcher(topic).matches()) {
			throw new IllegalArgumentException("the topic id must be lower-case letters, digits and _ (like battery_plant): " + topic);
		}
		cues = List.copyOf(cues);
		negatives = List.copyOf(negatives);
		if (cues.isEmpty()) {
			throw new IllegalArgumentException("topic " + topic + " needs at least one cue");
		}
		if (!(threshold >= 0 && threshold <= 1)) {
			throw new IllegalArgumentException("the threshold must be in [0, 1]: " + threshold);
		}
		for (List<String> phrases : List.of(cues, negatives)) {
			for (String phrase : phrases) {
				if (OPTION_BAR.matcher(phrase).find()) {
					throw new IllegalArgumentException("a phrase cannot contain ' | ' (the lexicon's option separator): " + phrase);
				}
			}
		}
	}

	/**
	 * A definition from configuration values as a {@code .cfg} file, a typed configuration or the
	 * shell give them: each of {@code cues} and {@code negative} may be an array of values, and each
	 * value may list several phrases separated by commas.
	 */
	static TopicDefinition of(String topic, Object cues, Object negatives, double threshold, int ranking) {
		return new TopicDefinition(topic == null ? null : topic.strip(), phrases(cues), phrases(negatives), threshold,
			ranking);
	}

	/** A definition from a configuration's raw properties (strings from a {@code .cfg} file, typed values otherwise). */
	static TopicDefinition from(Dictionary<String, ?> properties) {
		Object topic = properties.get(TOPIC);
		return of(topic == null ? null : topic.toString(), properties.get(CUES), properties.get(NEGATIVE),
			number(properties.get(THRESHOLD), DEFAULT_THRESHOLD), (int) number(properties.get(RANKING), 0));
	}

	private static double number(Object value, double absent) {
		if (value == null) {
			return absent;
		}
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		try {
			return Double.parseDouble(value.toString().strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a number: " + value, e);
		}
	}

	/** @return the phrases in a configuration value, NFC-normalised, in order, without blanks */
	static List<String> phrases(Object value) {
		List<String> values = new ArrayList<>();
		if (value instanceof String[] array) {
			values.addAll(Arrays.asList(array));
		} else if (value instanceof Collection<?> collection) {
			collection.forEach(v -> values.add(String.valueOf(v)));
		} else if (value != null) {
			values.add(value.toString());
		}
		List<String> phrases = new ArrayList<>();
		for (String v : values) {
			for (String phrase : v.split(",")) {
				String p = Normalizer.normalize(phrase, Normalizer.Form.NFC).strip();
				if (!p.isEmpty()) {
					phrases.add(p);
				}
			}
		}
		return phrases;
	}

	/** @return the engine that classifies stories for this definition */
	LexiconClassifier classifier() {
		List<String> entries = new ArrayList<>();
		cues.forEach(p -> entries.add("cue " + Lexicon.DEFAULT_EXTRA_WEIGHT + " " + p));
		negatives.forEach(p -> entries.add("neg " + Lexicon.DEFAULT_EXTRA_WEIGHT + " " + p));
		return new LexiconClassifier(topic, Lexicon.fromEntries(topic, entries), threshold);
	}

	/** @return the properties of the classifier service for this definition, configured under {@code pid} */
	Dictionary<String, Object> serviceProperties(String pid) {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(TopicClassifier.TOPIC, topic);
		props.put(Constants.SERVICE_RANKING, ranking);
		props.put(Constants.SERVICE_PID, pid);
		return props;
	}

	/** @return this definition as configuration properties, typed */
	Hashtable<String, Object> configuration() {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(TOPIC, topic);
		props.put(CUES, cues.toArray(String[]::new));
		props.put(NEGATIVE, negatives.toArray(String[]::new));
		props.put(THRESHOLD, threshold);
		props.put(RANKING, ranking);
		return props;
	}
}
