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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Evidence;
import org.newsradar.lexicon.testing.StoryCases;

/** Trying a pattern only where one of its openings stands finds exactly what trying everywhere finds. */
class OpeningsTest {
	@Test
	void aLiteralOpensWithItself() {
		assertArrayEquals(new String[] { "기부" }, Openings.of("기부(?=금)"));
	}

	@Test
	void anOptionalLastLetterIsLeftOut() {
		assertArrayEquals(new String[] { "봉사" }, Openings.of("봉사자?"));
	}

	@Test
	void alternativesOpenWithAnyOfTheirOpenings() {
		assertArrayEquals(new String[] { "수해", "침수", "산불" }, Openings.of("(?:수해|침수|산불)\\S{0,6}복구"));
	}

	@Test
	void topLevelAlternativesOpenWithAnyOfTheirOpenings() {
		assertArrayEquals(new String[] { "착공", "준공", "0mw", "1mw", "2mw", "3mw", "4mw", "5mw", "6mw", "7mw", "8mw", "9mw" },
			Openings.of("착공|준공|\\d\\s?MW"));
	}

	@Test
	void anOpeningThatAnotherStartsIsLeftOutWhateverTheLatinCase() {
		assertArrayEquals(new String[] { "한", "i" }, Openings.of("IDC|(?:한|i)"));
	}

	@Test
	void plainWordsGoOnIntoWhatFollowsThem() {
		assertArrayEquals(new String[] { "시의회", "군의회" }, Openings.of("(?:시|군)의회"));
		assertArrayEquals(new String[] { "도배와", "도배를" }, Openings.of("도배(?:와|를)"));
		assertArrayEquals(new String[] { "수해", "산불" }, Openings.of("(?:수해|산불)+복구"));
	}

	@Test
	void anOptionalGroupOpensWithItselfOrWhatFollows() {
		assertArrayEquals(new String[] { "ai데이터", "데이터" }, Openings.of("(?:AI\\s?)?데이터"));
	}

	@Test
	void aLookAroundTakesNoText() {
		assertArrayEquals(new String[] { "시는", "정부는" }, Openings.of("(?<![가-힣])(?:시|정부)는"));
		assertArrayEquals(new String[] { "장판" }, Openings.of("장판(?<!시장판)"));
	}

	@Test
	void whiteSpaceIsPassedOverAsTheFoldedTextHasNone() {
		assertArrayEquals(new String[] { "데이터센터", "idc" }, Openings.of("(?:데이터\\s?센터|IDC)\\s*\\S"));
		assertArrayEquals(new String[] { "데이터센터" }, Openings.of("데이터 센터"));
		assertArrayEquals(new String[] { "사회봉사" }, Openings.of("사회\\s+봉사\\S"));
		assertArrayEquals(new String[] { "가" }, Openings.of("가(?:\\s|나)+다"));
	}

	@Test
	void aClassOfPlainCharactersOpensWithEachOfThem() {
		assertArrayEquals(new String[] { "데이터센터", "데이터센타", "데이타센터", "데이타센타" }, Openings.of("데이[터타]\\s?센[터타]"));
		assertArrayEquals(new String[] { "불.", "불," }, Openings.of("불[.,]"));
		assertArrayEquals(new String[] { "서버" }, Openings.of("서버[가-힣]"));
		assertArrayEquals(new String[] { "서버" }, Openings.of("서버[^랙]"));
		assertArrayEquals(new String[] { "서버" }, Openings.of("서버[\\d,]"));
	}

	@Test
	void aRepeatedElementOpensWithItOnce() {
		assertArrayEquals(new String[] { "가나", "가다" }, Openings.of("가[나다]{2,3}라"));
		assertArrayEquals(new String[] { "가나라", "가라" }, Openings.of("가(?:나){0,1}라"));
		assertArrayEquals(new String[] { "가나다", "가라" }, Openings.of("가(?:나다)*라"));
		assertArrayEquals(new String[] { "가", "나" }, Openings.of("가{0,2}나"));
		assertArrayEquals(new String[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }, Openings.of("\\d+원"));
	}

	@Test
	void aMatchThatCanOpenWithWhiteSpaceGivesNoOpenings() {
		// the folded text has no white space: such a match would not start where its opening stands
		assertNull(Openings.of("\\s?데이터"));
		assertNull(Openings.of("(?:AI|\\s)데이터"));
		assertNull(Openings.of("[ ,]데이터"));
		assertNull(Openings.of("(?<=가) 나"));
	}

	@Test
	void anOptionalFirstLetterOpensWithOrWithoutIt() {
		assertArrayEquals(new String[] { "ai데이터", "i데이터" }, Openings.of("A?I데이터"));
		assertArrayEquals(new String[] { "ai데이터", "a데이터" }, Openings.of("AI?데이터"));
		assertNull(Openings.of("(?:AI)?"));
	}

	@Test
	void anythingLessPlainFirstGivesNoOpenings() {
		assertNull(Openings.of(".데이터"));
		assertNull(Openings.of("\\S데이터"));
		assertNull(Openings.of("(?i:ai)데이터"));
		assertNull(Openings.of("(?<n>가)나"));
		assertNull(Openings.of("\\p{L}가"));
		assertNull(Openings.of("[^가]?나"));
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
	void aCharacterRangeOpeningGivesNoOpenings() {
		assertNull(Openings.of("[가-힣]+센터"));
	}

	@Test
	void aMatchNeedsWhatTheRestOfTheExpressionOpensWith() {
		assertArrayEquals(new String[][] { { "시간의사회봉사", "시간사회봉사" } }, Openings.needed("\\d+\\s?시간(?:의)?\\s?사회\\s?봉사"));
		assertArrayEquals(new String[][] { { "수해", "산불" }, { "복구", "구호" } },
			Openings.needed("(?:수해|산불)\\S{0,6}\\s?(?:\\S{1,12}\\s)?(?:복구|구호)"));
		assertArrayEquals(new String[][] { { "원" } }, Openings.needed("\\d[\\d,.]*원"));
		assertArrayEquals(new String[][] { { "mw", "㎿" } }, Openings.needed("[가-힣]+\\s?(?:MW|㎿)"));
	}

	@Test
	void anEscapeThatGoesOnPastItsLetterIsNotReadAsText() {
		assertNull(Openings.of("\\x41BC"));
		assertNull(Openings.of("\\p{L}가"));
		assertArrayEquals(new String[] { "가" }, Openings.of("가\\Q나다\\E"));
		assertArrayEquals(new String[0][], Openings.needed("\\x41BC"));
		assertArrayEquals(new String[0][], Openings.needed("\\u0041BC"));
		assertArrayEquals(new String[][] { { "가" } }, Openings.needed("(가)\\1나"));
		assertArrayEquals(new String[][] { { "가" } }, Openings.needed("가\\Q나다\\E"));
	}

	@Test
	void aClassEndsAtItsOwnBracket() {
		assertArrayEquals(new String[] { "가" }, Openings.of("가[a[b]?]c"));
		assertArrayEquals(new String[][] { { "가" } }, Openings.needed("가[a[b]?]c"));
		assertArrayEquals(new String[][] { { "가" }, { "나다" } }, Openings.needed("가[\\]a]?나다"));
		assertArrayEquals(new String[][] { { "가" }, { "나다" } }, Openings.needed("가[^\\]]*나다"));
	}

	@Test
	void nothingIsNeededOfAnExpressionWithInlineFlags() {
		assertArrayEquals(new String[0][], Openings.needed("가(?u)나다"));
		assertArrayEquals(new String[0][], Openings.needed("(?i)abc"));
	}

	@Test
	void nothingIsNeededOfAlternativesOrOfTextsTooCommonToTell() {
		assertArrayEquals(new String[0][], Openings.needed("수해\\S복구|산불"));
		assertArrayEquals(new String[0][], Openings.needed("\\d+\\s?W"));
		assertArrayEquals(new String[0][], Openings.needed("\\d+[,.]"));
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
					texts.addAll(spellings(c.story().title()));
					texts.addAll(spellings(c.story().body()));
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

	/**
	 * The text as written and spaced otherwise: openings pass over white space, and must find a
	 * match wherever the text is spaced, written in other Latin case or broken across lines.
	 */
	private static List<String> spellings(String text) {
		return List.of(text, text.replace(" ", ""), text.replace(" ", "  "), text.replace(" ", "\u00A0"), text.replace(" ", " \n"),
			text.replace("", " ").strip(), text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
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
