package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrieTest {
	private static final Trie<String> TRIE = new Trie<>();

	static {
		for (String key : new String[] {"가", "가나다", "나다", "Ulsan", "Ul"}) {
			TRIE.put(key, key, (a, b) -> a);
		}
	}

	/** Positions turned away by the first two characters, and those where a key of one character or the last one stands. */
	@ParameterizedTest(name = "{0} at {1} → {2}")
	@CsvSource(delimiter = '|', value = {
		"가나다라|0|가나다", "가나|0|가", "가|0|가", "가라|0|가", "라가|1|가", "나다|0|나다", "나|0|", "다나다|1|나다",
		"다나|1|", "ULSAN city|0|Ulsan", "ul|0|Ul", "Ulsanite|0|", "UlX|0|", "라|0|", "라라|0|",
	})
	void findsTheLongestKeyAt(String text, int from, String key) {
		Trie.Match<String> m = TRIE.longest(text, from);
		assertEquals(key, m == null ? null : m.value());
	}
}
