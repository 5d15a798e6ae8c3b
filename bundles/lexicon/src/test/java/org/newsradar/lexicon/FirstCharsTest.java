package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsradar.lexicon.testing.StoryCases;

/** Trying a pattern only where a match can start finds exactly what trying everywhere finds. */
class FirstCharsTest {
	@Test
	void aLiteralOpensWithItsFirstCharacter() {
		assertArrayEquals(new char[] { '기' }, FirstChars.of("기부(?=금)", false));
	}

	@Test
	void alternativesOpenWithAnyOfTheirFirstCharacters() {
		assertArrayEquals("산수침".toCharArray(), FirstChars.of("(?:수해|침수|산불)\\S{0,6}복구", false));
	}

	@Test
	void topLevelAlternativesOpenWithAnyOfTheirFirstCharacters() {
		assertArrayEquals("0123456789준착".toCharArray(), FirstChars.of("착공|준공|\\d\\s?MW", false));
	}

	@Test
	void latinOpeningsCountInBothCasesWhenCaseIsFolded() {
		assertArrayEquals("Ii한".toCharArray(), FirstChars.of("IDC|(?:한|i)", true));
	}

	@Test
	void anOptionalOpeningGivesNoSet() {
		assertNull(FirstChars.of("(?:AI\\s?)?데이터", false));
	}

	@Test
	void aCharacterClassOpeningGivesNoSet() {
		assertNull(FirstChars.of("[가-힣]+센터", false));
	}

	@Test
	void everyShippedPatternFindsWhatAPlainSearchFinds() throws IOException {
		Path bundles = Path.of("..");
		List<Path> lexicons = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (String[] topic : new String[][] { { "classifier.datacenter", "data_center" },
			{ "classifier.smartfactory", "smart_factory" }, { "classifier.csr", "csr_event" } }) {
			lexicons.add(bundles.resolve(topic[0] + "/src/main/resources/lexicon/" + topic[1] + ".lex"));
			Path cases = bundles.resolve(topic[0] + "/src/test/resources/cases/" + topic[1] + ".cases");
			assumeTrue(Files.isRegularFile(cases), "no sibling classifier modules");
			try (Reader r = Files.newBufferedReader(cases)) {
				StoryCases.read(r).forEach(c -> {
					texts.add(c.story().title());
					texts.add(c.story().body());
				});
			}
		}
		List<String> differences = new ArrayList<>();
		for (Path lexicon : lexicons) {
			try (Reader r = Files.newBufferedReader(lexicon)) {
				for (Cue cue : Lexicon.parse(lexicon.toString(), r).cues()) {
					if (!cue.phrase().startsWith("re:")) {
						continue;
					}
					String regex = cue.phrase().substring(3);
					Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
					for (String text : texts) {
						String found = spans(cue.find(FoldedText.of(text)));
						String expected = spans(plainFind(plain, text));
						if (!found.equals(expected)) {
							differences.add(cue.phrase() + " on " + text + ": " + found + " vs " + expected);
						}
					}
				}
			}
		}
		assertEquals(List.of(), differences);
	}

	private static List<int[]> plainFind(Pattern p, String text) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = p.matcher(text);
		while (m.find()) {
			if (m.end() > m.start()) {
				spans.add(new int[] { m.start(), m.end() });
			}
		}
		return spans;
	}

	private static String spans(List<int[]> spans) {
		return spans.stream().map(s -> s[0] + "-" + s[1]).toList().toString();
	}
}
