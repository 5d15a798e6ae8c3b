package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Story;

class KoreanFactExtractorTest {
	private static final KoreanFactExtractor EXTRACTOR = new KoreanFactExtractor();

	private static final String TITLE = "강원 춘천에 2조원 규모 AI 데이터센터…일자리 800개";
	private static final String BODY = """
		(춘천=새벽일보) 박기자 = 강원특별자치도와 춘천시는 15일 도청에서 글로벌 클라우드 기업과 AI 데이터센터 건립 협약을 맺었다.
		데이터센터는 춘천 동면 일대 부지에 100MW급으로 지어지며 총사업비는 2조 원이다. 도는 국비 300억원·도비 120억원을 기반시설에 보탠다.
		회사는 운영 인력 800명을 채용하고 지역 대학과 인재 양성 과정을 운영한다. 협약식에는 200여 명이 참석했다.
		투자사는 지난달 서울 여의도 본사에서 이사회를 열어 투자를 의결했다. 미국 본사는 5억 달러를 함께 투입한다.
		""";

	@Test
	void extractsEveryFactOfAComposedArticle() {
		Facts f = EXTRACTOR.extract(Story.of(TITLE, BODY));
		assertEquals(List.of("강원특별자치도"), f.regions());
		assertEquals(List.of("강원특별자치도 춘천시"), f.places());
		assertEquals(List.of(2000000000000L, 30000000000L, 12000000000L), f.amountsKrw());
		assertEquals(List.of("5억 달러"), f.otherAmounts());
		assertEquals(List.of(800L), f.jobs());
		assertEquals(List.of(100.0), f.capacityMw());
	}

	@Test
	void readsDecomposedHangulLikeComposed() {
		Story nfd = Story.of(Normalizer.normalize(TITLE, Normalizer.Form.NFD), Normalizer.normalize(BODY, Normalizer.Form.NFD));
		assertEquals(EXTRACTOR.extract(Story.of(TITLE, BODY)), EXTRACTOR.extract(nfd));
	}

	@Test
	void everyCharacterTheQuickLookPassesIsNfcBesideOthers() {
		for (int i = 0; i <= Character.MAX_VALUE; i++) {
			char c = (char) i;
			String hex = Integer.toHexString(i);
			if (!KoreanFactExtractor.isPlainlyNfc(c)) {
				continue;
			}
			int type = Character.getType(c);
			assertFalse(type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK, () -> "a mark: " + hex);
			for (String before : List.of("", "가", "e", "\u1100", "\u0300")) {
				assertTrue(Normalizer.isNormalized(before + c, Normalizer.Form.NFC), () -> "not NFC: " + hex);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"부산 강서구에 1.2조 원 투자 “AI 허브”…3,000명 고용|부산 강서구에 1.2조 원 투자 “AI 허브”…3,000명 고용",
		"Cafe\u0301 ① 2\u00a0MW|Café ① 2 MW",
		"\u1107\u116e\u1109\u1161\u11ab|부산",
	})
	void normalisesOnlyWhatIsNotNfc(String text, String expected) {
		assertEquals(expected, KoreanFactExtractor.normalise(text));
	}

	@Test
	void findsNothingInAStoryWithoutFacts() {
		assertEquals(Facts.NONE, EXTRACTOR.extract(Story.of("", "임직원들이 복지관을 찾아 어르신들과 시간을 보냈다.")));
	}

	@Test
	void extractsEveryFactOfAComposedEnglishArticle() {
		Facts f = EXTRACTOR.extract(Story.of("Consortium to build 100MW AI data center in Ulsan",
			"""
			A consortium of a Seoul-based telecom operator and a global cloud provider will build a 100MW hyperscale
			data center in Ulsan, investing 3 trillion won ($2.2 billion) by 2029, the city said on Thursday.
			The campus will rise on a former refinery site in Ulju County and is expected to create 300 jobs.
			About 150 guests attended the signing ceremony, which was held in Seoul.
			Ulsan will add KRW 40 billion for power lines and roads."""));
		assertEquals(List.of("울산광역시"), f.regions());
		assertEquals(List.of("울산광역시 울주군"), f.places());
		assertEquals(List.of(3000000000000L, 40000000000L), f.amountsKrw());
		assertEquals(List.of("$2.2 billion"), f.otherAmounts());
		assertEquals(List.of(300L), f.jobs());
		assertEquals(List.of(100.0), f.capacityMw());
	}
}
