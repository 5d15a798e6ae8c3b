package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Regions and places of stories written in English, with romanised names. */
class RegionFinderEnglishTest {
	private static final RegionFinder FINDER = new RegionFinder(Gazetteer.standard(), Cues.standard());

	private static List<String> regions(String title, String body) {
		return FINDER.find(title, body).regions();
	}

	private static List<String> places(String title, String body) {
		return FINDER.find(title, body).places();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"Seoul|서울특별시", "Busan|부산광역시", "Pusan|부산광역시", "Daegu|대구광역시", "Incheon|인천광역시",
		"Gwangju|광주광역시", "Daejeon|대전광역시", "Ulsan|울산광역시", "Sejong City|세종특별자치시",
		"Gyeonggi Province|경기도", "Gangwon|강원특별자치도", "North Chungcheong Province|충청북도", "Chungbuk|충청북도",
		"South Chungcheong|충청남도", "Chungnam|충청남도", "North Jeolla|전북특별자치도", "Jeonbuk|전북특별자치도",
		"South Jeolla Province|전라남도", "Jeonnam|전라남도", "North Gyeongsang|경상북도", "Gyeongbuk|경상북도",
		"South Gyeongsang Province|경상남도", "Gyeongnam|경상남도", "Jeju Island|제주특별자치도",
		"Gyeongsangbuk-do|경상북도",
	})
	void readsRomanisedProvinceNames(String name, String province) {
		assertEquals(List.of(province), regions(name + " lands a battery plant",
			name + " said on Tuesday it had brought a battery maker to a new industrial complex."));
	}

	@Test
	void readsANameInAnyCase() {
		assertEquals(List.of("울산광역시"), regions("New battery plant for ULSAN", "The plant in ulsan opens next year."));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"Pohang|경상북도 포항시", "Gumi|경상북도 구미시", "Pangyo|경기도 성남시", "Seongnam|경기도 성남시",
		"Bundang|경기도 성남시 분당구", "Suwon|경기도 수원시", "Yongin|경기도 용인시", "Pyeongtaek|경기도 평택시",
		"Paju|경기도 파주시", "Changwon|경상남도 창원시", "Gimhae|경상남도 김해시", "Cheongju|충청북도 청주시",
		"Cheonan|충청남도 천안시", "Saemangeum|전북특별자치도", "Haenam|전라남도 해남군", "Chuncheon|강원특별자치도 춘천시",
		"Wonju|강원특별자치도 원주시", "Gangneung|강원특별자치도 강릉시", "Songdo|인천광역시 연수구",
		"Seogwipo|제주특별자치도 서귀포시", "Jeju City|제주특별자치도 제주시",
	})
	void aRomanisedCityOrLandmarkNamesItsPlace(String name, String place) {
		assertEquals(List.of(place), places("", "A research facility opened in " + name + " this week. It runs from next year."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"The injection molding line runs around the clock.",
		"Masanori Tanaka, the chief executive, spoke to analysts.",
		"The choir sang Hosanna at the opening.",
		"Travellers flew in from Ben-Gurion airport.",
		"A statue of King Sejong stands in the square.",
		"Jeju Air posted a record quarterly profit.",
		"The crowd danced to Gangnam Style at the launch party.",
		"Seoul National University researchers published the study.",
	})
	void findsNoPlaceInWordsThatOnlyContainOrBeginWithAName(String sentence) {
		assertEquals(List.of(), regions("", sentence));
	}

	@Test
	void ignoresTheReportersDatelineInCapitals() {
		assertEquals(List.of("전북특별자치도"), regions("Battery maker picks site for cathode plant",
			"SEOUL, March 4 (Newswire) -- A battery maker will build a cathode plant in Gunsan. "
				+ "The provincial government offered land at Saemangeum."));
	}

	@Test
	void ignoresTheSeatOfASeoulBasedCompany() {
		assertEquals(List.of("울산광역시"), regions("Builder chosen for hydrogen hub",
			"Ulsan has chosen a builder for its hydrogen hub. The Seoul-based contractor starts work in May."));
	}

	@Test
	void ignoresWhereACompanyIsHeadquartered() {
		assertEquals(List.of("강원특별자치도"), regions("Cloud firm to open data hub in Chuncheon",
			"A cloud firm headquartered in the southeastern port city of Busan will open a data hub in Chuncheon. "
				+ "Gangwon will help with permits."));
	}

	@Test
	void ignoresAVenueInBusanForAStoryAboutWonju() {
		assertEquals(List.of("강원특별자치도"), regions("Medical device cluster for Wonju",
			"A signing ceremony was held in Busan on Monday for a medical device cluster in Wonju. "
				+ "Wonju will provide the land and Gangwon will fund training."));
	}

	@Test
	void ignoresRegionsGivenAsExamples() {
		assertEquals(List.of("울산광역시"), regions("Ulsan wins national battery test bed",
			"Ulsan has won the national battery test bed. Cities such as Daegu and Gwangju had also bid for it. "
				+ "The city will open the site next year."));
	}

	@Test
	void ignoresProvincesListedAcrossTheCountry() {
		assertEquals(List.of(), regions("Smart factory subsidies reach 5,000 firms",
			"The ministry said subsidies had reached 5,000 firms. The scheme runs until 2027. "
				+ "Demand was strongest in Seoul, Busan, Daegu and Gwangju."));
	}

	@Test
	void resolvesASharedDistrictNameByTheStorysCity() {
		assertEquals(List.of("부산광역시 강서구"), places("Busan breaks ground on logistics data center",
			"Busan broke ground on a logistics data center in Gangseo District on Friday."));
	}

	@Test
	void keepsTheCityAndProvinceOfAnEnglishPlaceName() {
		assertEquals(List.of("경상북도 포항시"), places("Battery recycling plant for Pohang",
			"A battery recycling plant will be built in Pohang, North Gyeongsang Province."));
	}
}
