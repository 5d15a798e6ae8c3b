package org.newsradar.lexicon;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Builds small lexicons from text for tests. */
final class Lexicons {
	private Lexicons() {
	}

	static Lexicon of(String... lines) {
		try {
			return Lexicon.parse("test.lex", new StringReader(String.join("\n", lines)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static LexiconClassifier classifier(String... lines) {
		return new LexiconClassifier("topic", of(lines), Tuning.DEFAULT_THRESHOLD);
	}
}
