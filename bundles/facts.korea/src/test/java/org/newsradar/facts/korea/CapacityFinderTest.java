package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityFinderTest {
	private final CapacityFinder capacity = new CapacityFinder(Cues.standard());

	private List<Double> find(String text) {
		return capacity.find(text, Ascii.toLowerCase(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"시는 100MW급 데이터센터를 유치했다.|100.0",
		"데이터센터 단지는 모두 1GW 규모로 지어진다.|1000.0",
		"이 데이터센터의 수전용량은 40MW다.|40.0",
		"하이퍼스케일 데이터센터에 120메가와트 전력이 공급된다.|120.0",
		"데이터센터 캠퍼스를 1.5GW까지 키운다.|1500.0",
	})
	void readsDataCenterCapacityInMegawatts(String sentence, double mw) {
		assertEquals(List.of(mw), find(sentence));
	}

	@Test
	void ignoresEnergyInWattHours() {
		assertEquals(List.of(), find("데이터센터 냉각 개선으로 연간 1GWh를 아꼈다."));
	}

	@Test
	void ignoresAnotherPlantsCapacityInADataCenterStory() {
		assertEquals(List.of(30.0), find(
			"데이터센터 1단계는 30MW로 가동한다. 인근에는 수상태양광 200MW 발전소가 함께 들어선다."));
	}

	@Test
	void readsTheCapacityOfADataCenterNamedAgainBesideItsPowerSource() {
		assertEquals(List.of(40.0), find(
			"제주에 데이터센터가 들어선다. 센터는 인근 풍력 단지의 전력을 받아 40MW 규모로 운영된다."));
	}

	/** The capacity pattern is tried only where a unit stands right after the number or one space or hyphen after. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"데이터센터 1,000.5 MW 규모|1000.5",
		"데이터센터 2 기가와트 규모|2000.0",
		"데이터센터 30㎿ 규모|30.0",
		"A 1,200-Megawatt data center|1200.0",
		"A 2 GIGAWATT data center|2000.0",
		"데이터센터 1.5\tGW 규모|1500.0",
	})
	void readsAUnitRightAfterTheNumberOrOneSpaceOrHyphenAfter(String sentence, double mw) {
		assertEquals(List.of(mw), find(sentence.replace("\\t", "\t")));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"데이터센터 100  MW 규모", "데이터센터 100 - MW 규모", "데이터센터 3.MW 규모", "데이터센터 100 GWh 규모"})
	void readsNoUnitFurtherAway(String sentence) {
		assertEquals(List.of(), find(sentence));
	}

	@Test
	void ignoresCapacityInAStoryWithoutADataCenter() {
		assertEquals(List.of(), find("해상풍력 단지가 500MW 규모로 조성된다."));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"The group will build a 100MW hyperscale data center.|100.0",
		"The data center campus will reach 1 GW.|1000.0",
		"It is a 40-megawatt data centre.|40.0",
		"The datacenter will draw 1.5 gigawatts at full build-out.|1500.0",
		"The first data center hall opens at 30 MW.|30.0",
	})
	void readsEnglishDataCenterCapacity(String sentence, double mw) {
		assertEquals(List.of(mw), find(sentence));
	}

	@Test
	void ignoresEnergyInMegawattHours() {
		assertEquals(List.of(), find("Cooling upgrades at the data center saved 100 megawatt-hours last year."));
	}

	@Test
	void ignoresASolarFarmBesideAnEnglishDataCenterStory() {
		assertEquals(List.of(50.0), find(
			"The data center opens with 50MW. A 200MW solar farm nearby will sell power to the grid."));
	}

	@Test
	void readsNoOtherPlantInsideAnEnglishWord() {
		assertEquals(List.of(20.0), find("The data center opens next year. Its business park adds 20MW of essential load."));
	}

	@Test
	void ignoresEnglishCapacityWithoutADataCenter() {
		assertEquals(List.of(), find("A 500MW offshore wind farm will be built off the coast."));
	}
}
