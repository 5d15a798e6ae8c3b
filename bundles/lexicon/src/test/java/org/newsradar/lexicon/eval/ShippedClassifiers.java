package org.newsradar.lexicon.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
	static {
		Path bundles = Path.of("..");
		LEXICONS.put("data_center", bundles.resolve("classifier.datacenter/src/main/resources/lexicon/data_center.lex"));
		LEXICONS.put("smart_factory", bundles.resolve("classifier.smartfactory/src/main/resources/lexicon/smart_factory.lex"));
		LEXICONS.put("csr_event", bundles.resolve("classifier.csr/src/main/resources/lexicon/csr_event.lex"));
	}

	private ShippedClassifiers() {
	}

	static boolean available() {
		return LEXICONS.values().stream().allMatch(Files::isRegularFile);
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
