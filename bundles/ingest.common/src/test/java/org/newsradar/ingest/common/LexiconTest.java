package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LexiconTest {
	@Test
	void alternationPutsLongerEntriesFirstKeepingTheOrderOfEquallyLongOnes() {
		Random random = new Random(8);
		for (int round = 0; round < 500; round++) {
			List<String> entries = new ArrayList<>();
			for (int i = random.nextInt(12); i > 0; i--) {
				entries.add("e" + entries.size() + "x".repeat(random.nextInt(4)));
			}
			List<String> sorted = new ArrayList<>(entries);
			sorted.sort(Comparator.comparingInt(String::length).reversed()); // List.sort is stable
			assertEquals(String.join("|", sorted), Lexicon.alternation(entries), entries::toString);
		}
	}

	@Test
	void joinGroupsEachAlternative() {
		assertEquals("(?:)", LinePattern.join(List.of()));
		assertEquals("(?:(?:a))", LinePattern.join(List.of("a")));
		assertEquals("(?:(?:a|b)|(?:c\\))|(?:))", LinePattern.join(List.of("a|b", "c\\)", "")));
	}
}
