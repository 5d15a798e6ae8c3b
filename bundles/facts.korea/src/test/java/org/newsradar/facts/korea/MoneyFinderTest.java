package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyFinderTest {
	private final MoneyFinder money = new MoneyFinder(Cues.standard());

	private MoneyFinder.Money find(String text) {
		return money.find(text, Ascii.toLowerCase(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"강원도는 이 사업에 모두 2조 원을 들인다.|2000000000000",
		"올해 예산은 3959억 원으로 확정됐다.|395900000000",
		"시는 16억원을 지원하기로 했다.|1600000000",
		"컨소시엄은 1조2000억원을 투입해 1단계 공사를 마친다.|1200000000000",
		"매출은 7697억500만원으로 늘었다.|769705000000",
		"사업비 3억6천만원이 추가로 편성됐다.|360000000",
		"임직원이 모은 1억 5천여만 원을 기부했다.|150000000",
		"재단은 장학금 500만원을 전달했다.|5000000",
		"회사는 2,000억 원 규모의 설비 투자를 결정했다.|200000000000",
		"총사업비는 1.2조 원에 이른다.|1200000000000",
		"약 2조 원 규모의 민간 투자가 이어진다.|2000000000000",
		"공사비 1천200억원이 들어간다.|120000000000",
		"성금 100억여원이 모였다.|10000000000",
		"2조원대 투자협약이 체결됐다.|2000000000000",
		"한 끼에 8000원인 도시락을 나눴다.|8000",
	})
	void readsEachWonForm(String sentence, long won) {
		assertEquals(List.of(won), find(sentence).won());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"사업비 100여억 원이 든다.|10000000000",
		"성금 2천여만 원이 모였다.|20000000",
		"천억 원 규모의 펀드를 만든다.|100000000000",
		"기탁금은 백만원이다.|1000000",
		"입장료는 만 원이다.|10000",
		"단돈 천 원에 판다.|1000",
		"모금액은 1억 천만 원이다.|110000000",
	})
	void readsAboutBeforeAUnitAndNumeralsOfUnitsAlone(String sentence, long won) {
		assertEquals(List.of(won), find(sentence).won());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"수백억 원이 든다.", "수만 원을 낸다.", "몇천만 원을 아꼈다.", "관중석이 만원을 이뤘다.", "천원칙을 세웠다."})
	void readsNoAmountFromUnitsThatAreNotANumeral(String sentence) {
		assertEquals(List.of(), find(sentence).won());
	}

	@Test
	void readsEveryAmountOfASplitBudget() {
		assertEquals(List.of(2600000000L, 1800000000L, 800000000L),
			find("모두 26억원(국비 18억원·시비 8억원)을 들여 내년 문을 연다.").won());
	}

	@Test
	void readsBothEndsOfARangeWithOneUnit() {
		assertEquals(List.of(10000000000L, 20000000000L), find("한 해 100억~200억원의 효과가 기대된다.").won());
	}

	/** The range pattern is tried only where a range mark stands before the 원. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"예산은 100억∼200억원이다.|10000000000,20000000000",
		"예산은 100억〜200억원이다.|10000000000,20000000000",
		"예산은 100억–200억원이다.|10000000000,20000000000",
		"예산은 100억-200억원이다.|10000000000,20000000000",
		"예산은 3에서 5억원이다.|300000000,500000000",
		"총 3조 에서 4조원|3000000000000,4000000000000",
		"사업비는 1조 2000억 ~ 1조 5000억 원 규모다.|1200000000000,1500000000000",
		"2023-2025년 500억원을 투입한다.|50000000000",
		"사업비 1,500억 원가량|150000000000",
		"1조5천억여 원|1500000000000",
	})
	void readsARangeByEachOfItsMarks(String sentence, String amounts) {
		assertEquals(Arrays.stream(amounts.split(",")).map(Long::valueOf).toList(), find(sentence).won());
	}

	@Test
	void givesTheNearEndOfARangeTheFarEndsUnit() {
		assertEquals(List.of(1000000000000L, 2000000000000L), find("투자 규모는 1~2조원으로 예상된다.").won());
	}

	@Test
	void keepsAmountsInOrderOfFirstAppearanceWithoutRepeats() {
		assertEquals(List.of(5000000000L, 300000000L),
			find("50억원을 들인 센터에 3억원을 더한다. 50억원 가운데 절반은 국비다.").won());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"점유율은 35%로 올랐다.",
		"2025년 3월 26일 준공식을 열었다.",
		"공장은 하루 20만 박스를 처리한다.",
		"회사는 5억 달러를 투자한다.",
		"기업 윤리 3원칙을 세웠다.",
		"수십억 원대의 손실이 우려된다.",
		"제2원전 부지에 변전소가 들어선다.",
		"투자자 1200명이 몰렸다.",
	})
	void findsNoWonWhereNoneIsStated(String sentence) {
		assertEquals(List.of(), find(sentence).won());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"미국 기업이 20억달러를 투자한다.|20억달러",
		"총 5억 유로 규모다.|5억 유로",
		"일본 법인이 100억엔을 들인다.|100억엔",
		"The fund holds $2.5 billion.|$2.5 billion",
		"유가는 배럴당 80달러다.|80달러",
	})
	void keepsOtherCurrenciesAsWritten(String sentence, String written) {
		assertEquals(List.of(written), find(sentence).other());
	}

	@Test
	void readsNoYenInACompanyName() {
		assertEquals(List.of(), find("AI 서버에 H100 엔비디아 칩을 넣었다.").other());
	}

	@Test
	void keepsAWonEquivalentApartFromTheForeignAmount() {
		MoneyFinder.Money m = find("투자액은 20억달러(약 2조7920억원)다.");
		assertEquals(List.of(2792000000000L), m.won());
		assertEquals(List.of("20억달러"), m.other());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"The consortium will invest 3 trillion won by 2029.|3000000000000",
		"Total spending reaches KRW 1.2 trillion.|1200000000000",
		"Total spending reaches KRW1.2 trillion.|1200000000000",
		"The city set aside 500 billion won for the complex.|500000000000",
		"Samsung to pour W30 billion into the lab|30000000000",
		"Investors pledged W1tr for the cluster.|1000000000000",
		"The fund holds ₩2.5 trillion.|2500000000000",
		"It is a 1.5 trillion-won project.|1500000000000",
		"Tickets cost 30,000 won each.|30000",
		"The deal is worth 2.3 trillion Korean won.|2300000000000",
		"Its budget is KRW 800 million.|800000000",
	})
	void readsEachEnglishWonForm(String sentence, long won) {
		assertEquals(List.of(won), find(sentence).won());
	}

	@Test
	void readsBothEndsOfAnEnglishRangeWithOneScale() {
		assertEquals(List.of(2000000000000L, 3000000000000L), find("The plan costs 2-3 trillion won.").won());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"The parent company will add $2 billion.",
		"The firm, which in 2023 won the bid, starts work soon.",
		"The W30 model sold 5,000 units.",
		"Sales rose 15 percent to 300 units.",
		"The club won 3 trophies last season.",
	})
	void findsNoWonInEnglishTextWithoutWon(String sentence) {
		assertEquals(List.of(), find(sentence).won());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"The parent company will add $2 billion.|$2 billion",
		"Its US$300 million bond sold out.|US$300 million",
		"The group raised 2 billion dollars.|2 billion dollars",
		"Brussels approved €500 million in aid.|€500 million",
		"The fund will spend 500 million euros.|500 million euros",
		"A Japanese lender put in 100 billion yen.|100 billion yen",
	})
	void keepsEnglishAmountsInOtherCurrenciesAsWritten(String sentence, String written) {
		MoneyFinder.Money m = find(sentence);
		assertEquals(List.of(written), m.other());
		assertEquals(List.of(), m.won());
	}

	@Test
	void keepsADollarEquivalentApartFromTheWonAmount() {
		MoneyFinder.Money m = find("The park costs 3 trillion won ($2.2 billion).");
		assertEquals(List.of(3000000000000L), m.won());
		assertEquals(List.of("$2.2 billion"), m.other());
	}
}
