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
import org.newsradar.api.model.Evidence;
import org.newsradar.lexicon.testing.StoryCases;

/** Trying a pattern only where one of its openings stands finds exactly what trying everywhere finds. */
class OpeningsTest {
	@Test
	void aLiteralOpensWithItself() {
		assertArrayEquals(new String[] { "기부" }, Openings.of("기부(?=금)", false));
	}

	@Test
	void anOptionalLastLetterIsLeftOut() {
		assertArrayEquals(new String[] { "봉사" }, Openings.of("봉사자?", false));
	}

	@Test
	void alternativesOpenWithAnyOfTheirOpenings() {
		assertArrayEquals(new String[] { "수해", "침수", "산불" }, Openings.of("(?:수해|침수|산불)\\S{0,6}복구", false));
	}

	@Test
	void topLevelAlternativesOpenWithAnyOfTheirOpenings() {
		assertArrayEquals(new String[] { "착공", "준공", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" },
			Openings.of("착공|준공|\\d\\s?MW", false));
	}

	@Test
	void anOpeningThatAnotherStartsIsLeftOutWhateverTheLatinCase() {
		assertArrayEquals(new String[] { "한", "i" }, Openings.of("IDC|(?:한|i)", true));
	}

	@Test
	void plainWordsGoOnIntoWhatFollowsThem() {
		assertArrayEquals(new String[] { "시의회", "군의회" }, Openings.of("(?:시|군)의회", false));
		assertArrayEquals(new String[] { "도배와", "도배를" }, Openings.of("도배(?:와|를)", false));
		assertArrayEquals(new String[] { "수해", "산불" }, Openings.of("(?:수해|산불)+복구", false));
	}

	@Test
	void anOptionalGroupOpensWithItselfOrWhatFollows() {
		assertArrayEquals(new String[] { "AI", "데이터" }, Openings.of("(?:AI\\s?)?데이터", false));
	}

	@Test
	void aLookAroundTakesNoText() {
		assertArrayEquals(new String[] { "시는", "정부는" }, Openings.of("(?<![가-힣])(?:시|정부)는", false));
	}

	@Test
	void anOptionalFirstLetterGivesNoOpenings() {
		assertNull(Openings.of("A?I데이터", false));
		assertArrayEquals(new String[] { "A" }, Openings.of("AI?데이터", false));
		assertNull(Openings.of("(?:AI)?", false));
	}

	@Test
	void aPatternWhoseEveryAlternativeStartsWithACaretIsAnchoredAtTheStart() {
		assertEquals(true, Openings.anchoredAtStart("^[가-힣]{0,6}시"));
		assertEquals(true, Openings.anchoredAtStart("^가|^나"));
		assertEquals(false, Openings.anchoredAtStart("^가|나"));
		assertEquals(false, Openings.anchoredAtStart("가^"));
	}

	@Test
	void aDigitFollowedByAnUnboundedRepetitionOfDigitsAbsorbsTheRestOfItsRun() {
		assertEquals(true, Openings.absorbsDigits("\\d+\\s?시간"));
		assertEquals(true, Openings.absorbsDigits("\\d[\\d,.]*\\s?MW"));
		assertEquals(true, Openings.absorbsDigits("\\d(?:[\\d,.]|\\s(?=\\d))*원"));
		assertEquals(false, Openings.absorbsDigits("\\d{1,3}원"));
		assertEquals(false, Openings.absorbsDigits("\\d[\\d,.]{0,3}원"));
		assertEquals(false, Openings.absorbsDigits("\\d[,.]*원"));
		assertEquals(false, Openings.absorbsDigits("\\d++원"));
		assertEquals(false, Openings.absorbsDigits("(\\d)\\d*\\1"));
	}

	@Test
	void aCharacterClassOpeningGivesNoOpenings() {
		assertNull(Openings.of("[가-힣]+센터", false));
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
						String found = spans(indexFind(cue, text));
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

	/** The pattern's matches as a {@link CueIndex} of it alone finds them. */
	private static List<int[]> indexFind(Cue cue, String text) {
		List<int[]> spans = new ArrayList<>();
		String field = cue.matchesIn(Evidence.BODY) ? Evidence.BODY : Evidence.TITLE;
		new CueIndex(List.of(cue), field).find(FoldedText.of(text), (c, start, end) -> spans.add(new int[] { start, end }));
		return spans;
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
