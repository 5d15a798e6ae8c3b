package org.newsradar.lexicon.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsradar.lexicon.Lexicon;
import org.newsradar.lexicon.LexiconClassifier;
import org.newsradar.lexicon.Tuning;

/**
 * The three topic classifiers as their bundles ship them by default: the engine with each bundle's
 * lexicon file, read from the sibling modules' sources (a classifier component is a thin shell
 * around exactly this).
 */
final class ShippedClassifiers {
	static final Map<String, Path> LEXICONS = new LinkedHashMap<>();
	/** The composed trap and variant stories each classifier bundle tests itself with. */
	static final Map<String, Path> CASES = new LinkedHashMap<>();
	static {
		Map<String, String> modules = Map.of("data_center", "classifier.datacenter", "smart_factory",
			"classifier.smartfactory", "csr_event", "classifier.csr");
		for (String topic : List.of("data_center", "smart_factory", "csr_event")) {
			Path module = Path.of("..", modules.get(topic));
			LEXICONS.put(topic, module.resolve("src/main/resources/lexicon/" + topic + ".lex"));
			CASES.put(topic, module.resolve("src/test/resources/cases/" + topic + ".cases"));
		}
	}

	private ShippedClassifiers() {
	}

	static boolean available() {
		return LEXICONS.values().stream().allMatch(Files::isRegularFile)
			&& CASES.values().stream().allMatch(Files::isRegularFile);
	}

	static Map<String, LexiconClassifier> load() throws IOException {
		Map<String, LexiconClassifier> classifiers = new LinkedHashMap<>();
		for (var e : LEXICONS.entrySet()) {
			try (Reader r = Files.newBufferedReader(e.getValue(), StandardCharsets.UTF_8)) {
				Lexicon lexicon = Lexicon.parse(e.getValue().getFileName().toString(), r);
				classifiers.put(e.getKey(), new LexiconClassifier(e.getKey(), lexicon, Tuning.DEFAULT_THRESHOLD));
			}
		}
		return classifiers;
	}
}
