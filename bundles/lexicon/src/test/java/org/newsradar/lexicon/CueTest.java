package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What makes a pattern cue case-insensitive. */
class CueTest {
	/** What Cue.hasLatinLetters says, as it said it: the escapes removed with a pattern, then a look at what is left. */
	private static boolean byPattern(String regex) {
		return regex.replaceAll("\\\\[pP]\\{\\w+\\}|\\\\.", "").chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
	}

	@Test
	void latinLettersAreThoseLeftOutsideEscapesAndPropertyNames() {
		List<String> regexes = new ArrayList<>(List.of("데이터", "IDC", "\\d+\\s?시간", "\\p{L}+센터", "\\P{IsHangul}",
			"\\pL", "\\p{", "\\p{L", "\\p{}x", "\\p{L}x", "\\p{_9}", "\\p{가}", "\\\\p{L}", "\\\\", "a\\", "\\", "\\\nx", "\\\n",
			"\\\r", "\\\u0085", "\\\u2028", "\\\u2029", "\\\u2029a", "[가-힣]\\b", "\\Q가\\E", "(?i)가", "\\x41", "é", "\\é", "\\u0041",
			"\\k<n>", "^[가-힣]{0,6}(?:시|군)\\s?[,·]", "1\\s?사\\s?1\\s?(?:하천|촌)", "GPU\\s?\\d"));
		for (String a : List.of("\\", "p", "P", "{", "}", "L", "_", "가", "\n", "x")) {
			for (String b : List.of("\\", "p", "P", "{", "}", "L", "_", "가", "\n", "x")) {
				for (String c : List.of("\\", "p", "{", "}", "L", "가")) {
					regexes.add(a + b + c);
					regexes.add("\\" + a + b + c);
				}
			}
		}
		for (String regex : regexes) {
			assertEquals(byPattern(regex), Cue.hasLatinLetters(regex), regex);
		}
	}
}
