package org.newsradar.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsradar.api.model.Story;

/** How a lexicon phrase finds its matches in Korean and mixed text. */
class CueMatchingTest {
	private static List<String> matches(String phrase, String body) {
		LexiconClassifier c = Lexicons.classifier("cue 1 " + phrase);
		return c.explain(Story.of("", body)).positives().stream().map(Hit::text).toList();
	}

	@ParameterizedTest(name = "''{0}'' finds ''{2}'' in ''{1}''")
	@CsvSource(delimiter = '|', value = {
		"데이터 센터 | 시는 데이터센터를 유치했다 | 데이터센터",
		"데이터 센터 | 시는 데이터 센터를 유치했다 | 데이터 센터",
		"데이터센터 | 새 데이터센터의 규모는 | 데이터센터",
		"스마트 공장 | 스마트공장의 보급이 늘었다 | 스마트공장",
		"스마트 팩토리 | 스마트 팩토리로 바꿨다 | 스마트 팩토리",
		"AI 데이터 센터 | 초대형 AI데이터센터에서 | AI데이터센터",
		"smart factory | a Smart Factory opened | Smart Factory",
		"IDC | 신규 IDC를 착공했다 | IDC",
		"hyperscale | HYPERSCALE 급 시설 | HYPERSCALE",
	})
	void findsSpacingAndParticleVariants(String phrase, String body, String expected) {
		assertEquals(List.of(expected), matches(phrase, body));
	}

	@Test
	void findsAPhraseSpacedWithANoBreakSpace() {
		assertEquals(List.of("데이터\u00A0센터"), matches("데이터 센터", "이 데이터\u00A0센터는"));
	}

	@Test
	void findsAPhraseBrokenAcrossALine() {
		assertEquals(List.of("데이터\n센터"), matches("데이터 센터", "새 데이터\n센터가"));
	}

	@ParameterizedTest(name = "''{0}'' does not match in ''{1}''")
	@CsvSource(delimiter = '|', value = {
		"성금 | 문서 작성 금지 구역",
		"기부 | 회사 기 부서장",
		"IDC | 신규 AIDC를 세운다",
		"IDC | several IDCs were built",
		"AI | 작업 MAIL 서버",
	})
	void doesNotMatchAcrossWordsOrInsideLatinWords(String phrase, String body) {
		assertEquals(List.of(), matches(phrase, body));
	}

	@Test
	void matchesARegularExpressionCaseInsensitivelyAsWritten() {
		assertEquals(List.of("40mw"), matches("re:\\d+\\s?MW", "수전 용량 40mw 규모"));
	}

	@Test
	void findsARegularExpressionAtEachOfItsOpeningCharactersInTextOrder() {
		assertEquals(List.of("산불 복구", "수해 복구", "산불 복구"),
			matches("re:(?:수해|산불)\\s복구", "산불 복구에 이어 수해 복구, 다시 산불 복구"));
	}

	@Test
	void findsPatternsWhateverTheLatinCase() {
		assertEquals(List.of("idc 센터", "IdC센터"), matches("re:IDC\\s?센터", "신규 idc 센터와 IdC센터"));
	}

	@Test
	void findsAnAnchoredPatternOnlyWhereTheTextStarts() {
		assertEquals(List.of("시장,"), matches("re:^[가-힣]{1,3},", "시장, 군수, 구청장"));
	}

	@Test
	void findsAPatternOpeningWithADigitRunPastTheRunsThatFail() {
		assertEquals(List.of("1234원", "56원"), matches("re:\\d[\\d,]*원", "2025년 1234원과 7 8, 56원"));
	}

	@Test
	void findsAPatternOnlyWhereWhatItNeedsStandsFurtherOn() {
		assertEquals(List.of("산불 피해 복구"), matches("re:산불\\S{0,3}\\s?(?:\\S{1,12}\\s)?복구", "복구 계획 뒤 산불 피해 복구"));
		assertEquals(List.of(), matches("re:산불\\S{0,3}\\s?(?:\\S{1,12}\\s)?복구", "피해 복구 뒤에 산불"));
		assertEquals(List.of("산불복구"), matches("re:산불\\S{0,3}\\s?(?:\\S{1,12}\\s)?복구", "산불복구"));
	}

	@Test
	void findsLeftmostMatchesThatDoNotOverlap() {
		assertEquals(List.of("가가", "가가"), matches("re:가가", "가가가가가"));
	}

	@Test
	void findsEveryOccurrence() {
		assertEquals(List.of("봉사", "봉사"), matches("봉사", "봉사를 했고 또 봉사를 했다"));
	}
}
