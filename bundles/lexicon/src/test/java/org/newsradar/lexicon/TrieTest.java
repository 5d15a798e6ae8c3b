package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The trie's quick look never rules out a position where one of its texts starts. */
class TrieTest {
	@Test
	void everyTextMayStartWhereItStandsWhateverFollowsAOneCharacterText() {
		Trie trie = new Trie();
		trie.add("가", 1);
		trie.add("나다", 2);
		trie.add("AI", 3);
		assertTrue(trie.mayStart('가', Character.MAX_VALUE));
		assertTrue(trie.mayStart('가', '라'));
		assertTrue(trie.mayStart('나', '다'));
		assertTrue(trie.mayStart('a', 'i'));
		assertFalse(trie.mayStart('나', Character.MAX_VALUE));
	}

	@Test
	void noRandomTextIsRuledOut() {
		Random random = new Random(7);
		Trie trie = new Trie();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = 1 + random.nextInt(4); n > 0; n--) {
				text.append((char) (random.nextBoolean() ? 0xAC00 + random.nextInt(11172) : 'a' + random.nextInt(26)));
			}
			texts.add(text.toString());
			trie.add(text.toString(), i);
		}
		int ruledOut = 0;
		for (String t : texts) {
			if (!trie.mayStart(t.charAt(0), t.length() > 1 ? t.charAt(1) : Character.MAX_VALUE)) {
				ruledOut++;
			}
		}
		assertEquals(0, ruledOut);
	}
}
