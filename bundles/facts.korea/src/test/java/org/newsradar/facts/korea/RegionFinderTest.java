package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionFinderTest {
	private static final RegionFinder FINDER = new RegionFinder(Gazetteer.standard(), Cues.standard());

	private static List<String> regions(String title, String body) {
		return FINDER.find(title, body).regions();
	}

	private static List<String> places(String title, String body) {
		return FINDER.find(title, body).places();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"부산|부산광역시", "부산시|부산광역시", "대구시|대구광역시", "인천|인천광역시", "광주|광주광역시",
		"대전시|대전광역시", "울산|울산광역시", "세종시|세종특별자치시", "경기도|경기도", "강원|강원특별자치도",
		"충북|충청북도", "충남도|충청남도", "전북|전북특별자치도", "전남|전라남도", "경북|경상북도",
		"경남도|경상남도", "제주도|제주특별자치도", "경상북도|경상북도", "세종특별자치시|세종특별자치시",
	})
	void readsShortAndFullProvinceNames(String name, String province) {
		assertEquals(List.of(province), regions(name + ", 반도체 기업 유치 성공", name + "는 새 산업단지에 반도체 기업을 유치했다고 밝혔다."));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {"전라북도|전북특별자치도", "강원도|강원특별자치도", "마산|경상남도", "연기군|세종특별자치시"})
	void mapsFormerNamesToTodaysProvince(String name, String province) {
		assertEquals(List.of(province), regions("", name + "에 새 물류단지가 들어선다. 착공은 내년이다."));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"포항|경상북도 포항시", "창원시|경상남도 창원시", "기장군|부산광역시 기장군", "서귀포|제주특별자치도 서귀포시",
		"분당구|경기도 성남시 분당구", "새만금|전북특별자치도", "판교|경기도 성남시", "원주|강원특별자치도 원주시",
	})
	void aCityOrLandmarkNamesItsProvince(String name, String place) {
		assertEquals(List.of(place), places("", name + "에 새 연구시설이 문을 열었다. 시설은 내년부터 가동된다."));
	}

	@Test
	void aPlaceWhereAnAgreementWasSignedIsAVenue() {
		assertEquals(List.of("제주특별자치도"), regions("제주에 데이터센터…서울서 투자협약",
			"제주특별자치도는 제주시 구좌읍에 데이터센터를 짓는 투자협약을 맺었다. 센터는 2028년에 문을 연다."));
	}

	@Test
	void aCompanyNamedAfterAPlaceIsNotThePlace() {
		assertEquals(List.of("전라남도"), regions("제주항공 여객기, 무안공항서 활주로 이탈",
			"전남 무안국제공항에서 제주항공 여객기가 착륙 도중 활주로를 벗어났다. 승객들은 모두 대피했다."));
	}

	@Test
	void aLandmarkNamedAfterAnotherCityIsWhereItStands() {
		assertEquals(List.of("강원특별자치도"), regions("울산바위 등산로 재개방", "설악산 울산바위 등산로가 낙석 정비를 마치고 다시 열렸다."));
	}

	@Test
	void theGovernmentComplexIsNotSejong() {
		assertEquals(List.of(), regions("정부, 데이터센터 분산 지원책…세종청사서 브리핑",
			"산업부는 정부세종청사에서 브리핑을 열고 비수도권 데이터센터 지원책을 발표했다."));
	}

	@Test
	void aTitleNamingWhereACompanyComesFromIsAnAside() {
		assertEquals(List.of("강원특별자치도"), regions("서울 IT기업, 춘천에 연구센터 개소",
			"서울 강남구에 본사를 둔 기업이 강원 춘천시에 연구개발센터를 열었다. 개발자 50명을 뽑는다."));
	}

	@Test
	void aTitleNamingACompanyOfThePlaceItActsInKeepsThePlace() {
		assertEquals(List.of("광주광역시"), regions("광주 부품업체들, 스마트공장 전환 속도",
			"광주 지역 부품 기업들이 스마트공장 전환에 나섰다. 시는 올해 40곳을 지원한다."));
	}

	@Test
	void readsTheDistrictThatFollowsAProvince() {
		assertEquals(List.of("경상남도 양산시"), places("", "경남 양산에 부품 공장이 들어선다."));
	}

	@Test
	void readsTheGuThatFollowsACity() {
		assertEquals(List.of("경상남도 창원시 성산구"), places("", "창원시 성산구 공단에 스마트공장이 늘고 있다."));
	}

	@Test
	void resolvesASharedDistrictNameByThePrecedingCity() {
		assertEquals(List.of("대구광역시 중구"), places("", "대구 중구 동성로에서 나눔 장터가 열렸다는 소식이다."));
	}

	@Test
	void resolvesASharedDistrictNameByTheStorysProvince() {
		assertEquals(List.of("부산광역시 강서구"),
			places("부산, 물류 데이터센터 착공", "부산시는 강서구 미음산단에 데이터센터를 짓는다고 밝혔다."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"대구와 부산의 중구", "부산과 대구의 중구"})
	void resolvesASharedDistrictNameBetweenEqualProvincesByTheGazetteersOrder(String names) {
		assertEquals(List.of("부산광역시 중구", "대구광역시"), places("", names + " 주민들이 함께 나눔 행사를 열었다."));
	}

	@Test
	void ignoresASharedDistrictNameWithoutContext() {
		assertEquals(List.of(), regions("", "중구 주민센터가 김장 봉사를 했다."));
	}

	@Test
	void readsGyeongGiWhenADistrictConfirmsIt() {
		assertEquals(List.of("경기도"), regions("", "경기 평택에 반도체 공장이 들어선다."));
	}

	@Test
	void readsGyeongGiInAListOfProvinces() {
		assertEquals(List.of("경기도", "인천광역시"),
			regions("", "경기·인천 지역 중소기업에 스마트공장을 보급한다. 경기도는 예산을 늘렸다. 인천시는 홍보에 나섰다."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"경기 침체로 투자가 줄었다.",
		"경기 부양을 위해 금리를 내렸다.",
		"회의는 중구난방으로 흘렀다.",
		"군은 대구경 화포를 도입했다.",
		"할머니는 광주리에 감을 담았다.",
		"그녀는 전남편과 재산을 나눴다.",
		"기업들은 AI 대전환을 서두른다.",
		"공정에서 나온 부산물을 재활용한다.",
		"수출 기업의 예산 집행이 늦어졌다.",
		"새 칩은 하반기 양산에 들어간다.",
		"정부는 사업권을 부여한다.",
		"경제주체들의 심리가 얼어붙었다.",
		"1분당 100개를 생산한다.",
		"목표 달성을 위해 뛰었다.",
	})
	void findsNoPlaceInWordsThatOnlyContainAName(String sentence) {
		assertEquals(List.of(), regions("", sentence));
	}

	@Test
	void ignoresAVenueInSeoulForAStoryAboutJeju() {
		assertEquals(List.of("제주특별자치도"), regions("제주도, 클라우드 기업과 협력 논의",
			"제주도는 10일 서울 강남구 한 호텔에서 클라우드 기업들과 협력 방안을 논의했다. 제주도는 데이터 산업을 키운다. "
				+ "도는 제주 전역에 실증 사업을 넓힌다."));
	}

	@Test
	void ignoresANationalEventHeldInSeoul() {
		assertEquals(List.of(), regions("스마트공장 지원 5주년 기념식",
			"중소기업 스마트공장 지원 사업이 5년을 맞았다. 기념식은 12일 서울 코엑스에서 열렸다. 참여 기업은 2000곳이 넘는다."));
	}

	@Test
	void ignoresTheReportersDateline() {
		assertEquals(List.of("전라남도"), regions("", "(광주=한빛일보) 김기자 = 전남 나주에 에너지 연구시설이 들어선다. 전남도는 부지를 제공한다."));
	}

	@Test
	void ignoresAUniversityNamedAfterAPlace() {
		assertEquals(List.of("울산광역시"), regions("울산, 수소 실증센터 개소",
			"울산시는 수소 실증센터를 열었다. 서울대와 전남대 연구진이 장비 검증에 참여했다."));
	}

	@Test
	void ignoresANewspaperNamedAfterAPlace() {
		assertEquals(List.of(), regions("", "기업 ESG 평가 결과가 나왔다. 자세한 내용은 경남신문 보도를 참고하라."));
	}

	@Test
	void ignoresALocalNewspapersName() {
		assertEquals(List.of("충청북도"), regions("충북 음성에 태양광 공장",
			"충북 음성군에 태양광 모듈 공장이 들어선다. 충북도는 행정 절차를 돕는다. 이 기사는 경남도민일보와 공동 취재했다."));
	}

	@Test
	void ignoresPlacesListedAsExamplesWithDeung() {
		assertEquals(List.of(), regions("국가 AI 센터 유치전 가열", "정부가 국가 AI 센터 입지를 공모한다. 참여 조건이 발표됐다. "
			+ "심사는 하반기에 한다. 대구와 전북 등 여러 지자체가 유치를 준비하고 있다."));
	}

	@Test
	void ignoresProvincesRankedInNationalFigures() {
		assertEquals(List.of(), regions("올해 스마트공장 보급 실적 집계", "올해 스마트공장 보급 실적이 집계됐다. 보급 기업은 모두 5000곳이다. "
			+ "지역별로는 충남 900곳, 전북 700곳, 강원 400곳 순이었다."));
	}

	@Test
	void ignoresAPlaceGivenAsAnExample() {
		assertEquals(List.of(), regions("전국 테크노파크에 지원센터", "전국 테크노파크에 지원센터가 문을 연다. 센터는 기업을 돕는다. "
			+ "전문가가 상주한다. 대전 센터의 경우 시험 설비를 먼저 갖춘다."));
	}

	@Test
	void keepsEveryProvinceOfAnEventThatSpansSeveral() {
		assertEquals(List.of("경상남도", "경상북도", "울산광역시"), regions("",
			"복지재단은 경남 하동, 경북 안동, 울산 울주 등 산불 피해 지역에 성금을 보냈다."));
	}

	@Test
	void countsAPlaceInsideACompanyName() {
		assertEquals(List.of("경상남도"), regions("BNK경남은행, 연탄 나눔", "BNK경남은행 임직원들이 연탄 1만장을 날랐다."));
	}

	@Test
	void ignoresALoneMinorProvinceInALongStory() {
		assertEquals(List.of("충청남도"), regions("충남 당진에 수소 연료전지 발전소 준공",
			"충남 당진시 송악읍에 수소 연료전지 발전소가 준공됐다. 충남도는 발전소가 지역 전력 자립에 도움이 될 것이라고 밝혔다. "
				+ "당진시는 인근 산단 기업에 전력을 공급한다. 회사는 앞서 경북 구미에 같은 설비를 지은 바 있다. "
				+ "충남도는 2030년까지 수소 발전 비중을 늘린다. 당진시 관계자는 주민 설명회를 이어가겠다고 말했다."));
	}

	@Test
	void keepsAMinorProvincePairedWithTheMainOne() {
		assertEquals(List.of("경상남도", "울산광역시"), regions("경남은행, 연말 김장 나눔 행사",
			"경남은행은 창원 본점에서 김장 나눔 행사를 열었다. 경남 지역 봉사단 200명이 참여했다. 김치는 창원시와 김해시 복지관에 전달된다. "
				+ "은행은 경남 전역으로 나눔을 넓힌다. 김치 일부는 경남과 울산의 홀몸 어르신 가정에 배달된다."));
	}

	@Test
	void countsAPartnerProvinceNamedBesideTheMainOne() {
		assertEquals(List.of("부산광역시", "경상남도"), regions("부산 기업 디지털 전환 간담회",
			"부산시는 지역 기업과 간담회를 열었다. 부산·경남 제조기업의 디지털 전환을 논의했다."));
	}

	@Test
	void ordersRegionsByHowMuchTheStoryIsAboutThem() {
		assertEquals(List.of("대전광역시", "세종특별자치시"), regions("대전시, 연구단지 활성화",
			"대전시는 연구단지 활성화에 나선다. 대전시는 세종시와 협력한다. 대전의 연구기관이 참여한다."));
	}

	@Test
	void givesTheProvinceAsPlaceWhenNoFinerPlaceIsNamed() {
		assertEquals(List.of("충청남도"), places("", "충남도는 탄소중립 산단을 조성한다."));
	}

	@Test
	void readsAGroupNameAsEachOfItsProvinces() {
		assertTrue(regions("", "부울경 지역 중소기업에 수출 바우처를 지원한다.")
			.containsAll(List.of("부산광역시", "울산광역시", "경상남도")));
	}

	@Test
	void ignoresAPersonWhoseNameBeginsWithAPlace() {
		assertEquals(List.of("충청북도"), regions("충북 청주에 배터리 공장",
			"충북 청주에 배터리 공장이 들어선다. 김해진 대표는 지역 인재를 뽑겠다고 말했다."));
	}

	@Test
	void ignoresTheSeatOfACompanyInAnAside() {
		assertEquals(List.of("전라남도"), regions("전남 나주에 전력 데이터센터",
			"전남 나주에 전력 데이터센터가 들어선다. 공사는 서울에 본사를 둔 건설사가 맡는다. 나주시는 인허가를 서두른다."));
	}

	@Test
	void ignoresWhereParticipantsAreLocated() {
		assertEquals(List.of("대구광역시"), regions("대구 소프트웨어 채용박람회 성황",
			"대구시는 엑스코에서 소프트웨어 채용박람회를 열었다. 대구시는 참가 기업을 지원했다. "
				+ "행사에는 대구·경북에 있는 상장사들도 부스를 차렸다. 대구시는 내년에도 행사를 연다."));
	}

	@Test
	void readsADirectionBeforeAProvinceButNotBeforeACity() {
		assertEquals(List.of("부산광역시"), regions("", "동서산업은 서부산 지역 공장을 넓힌다."));
	}

	@Test
	void keepsAGroupingOfThreeProvincesJoinedByDots() {
		assertEquals(List.of("부산광역시", "울산광역시", "경상남도"), regions("",
			"조선 기자재 기업 지원 사업이 시작됐다. 공모는 다음 달까지다. 부산·울산·경남 기업이 신청할 수 있다. 선정 결과는 연말에 나온다."));
	}

	@Test
	void readsAnAirportByWhereItIs() {
		assertEquals(List.of("부산광역시 강서구"), places("", "김해공항 인근에 물류센터가 문을 열었다."));
	}

	// The patterns for what follows a name are tried only where a cheap check finds their first
	// word within reach; these stand at the far edge of that reach.

	@Test
	void aVenueNamedFortyCharactersBeforeItsEseoIsAVenue() {
		String story = "충북 청주에 공장이 들어선다. 충북도는 부지를 내준다. 협약은 부산 %s에서 열린 행사에서 맺었다.";
		assertEquals(List.of("충청북도"), regions("", story.formatted("가".repeat(39))));
		assertEquals(List.of("충청북도", "부산광역시"), regions("", story.formatted("가".repeat(40))));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"협약식은 부산 벡스코에서 열렸다.|true",
		"회사는 부산 해운대구 센텀시티 본사에서 이사회를 열었다.|true",
		"두 기관은 부산에서 투자협약을 맺었다.|true",
		"협약식은 부산, 벡스코에서 열렸다.|false",
		"협약식은 부산 “벡스코”에서 열렸다.|false",
		"회사는 부산에서 인력을 뽑는다.|false",
	})
	void aVenueOrAnEventAfterThePlaceWithinItsSentenceMakesItAVenue(String sentence, boolean venue) {
		List<String> regions = regions("", "충북 청주에 공장이 들어선다. 충북도는 부지를 내준다. " + sentence);
		assertEquals(venue ? List.of("충청북도") : List.of("충청북도", "부산광역시"), regions);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"대구와 전북 등 여러 곳도 유치를 준비했다.|true",
		"대구와 전북지역들 등 여러 곳도 유치를 준비했다.|true",
		"대구와 전북지역에서 등 여러 곳도 유치를 준비했다.|false",
		"대구와 전북도 유치를 준비했다.|false",
	})
	void aListClosedByEtcWithinReachGivesExamples(String sentence, boolean examples) {
		List<String> regions = regions("", "충북 청주에 공장이 들어선다. 충북도는 부지를 내준다. " + sentence + " 결과는 다음 달 나온다.");
		assertEquals(examples ? List.of("충청북도") : List.of("충청북도", "대구광역시", "전북특별자치도"), regions);
	}

	@Test
	void namesOnTwoLinesAreNoList() {
		assertEquals(List.of("충청북도", "대구광역시", "전북특별자치도"), regions("",
			"충북 청주에 공장이 들어선다. 충북도는 부지를 내준다. 대구와\n전북 등 여러 곳도 유치를 준비했다. 결과는 다음 달 나온다."));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"Daegu, Busan and other cities also bid.|true",
		"Daegu, Busan, etc. also bid.|true",
		"Daegu, Busan etc also bid.|true",
		"Daegu and Busan also bid.|false",
	})
	void anEnglishListClosedByEtcGivesExamples(String sentence, boolean examples) {
		List<String> regions = regions("", "A plant will rise in Cheongju, North Chungcheong. North Chungcheong gives land. "
			+ sentence + " Results come next month.");
		assertEquals(examples ? List.of("충청북도") : List.of("충청북도", "대구광역시", "부산광역시"), regions);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"울산MBC", "울산지역MBC", "울산매일"})
	void aBroadcasterTwoSyllablesAfterTheNameIsNotThePlace(String outlet) {
		assertEquals(List.of("충청북도"), regions("", "충북 청주에 공장이 들어선다고 " + outlet + "가 보도했다."));
	}

	@Test
	void aBroadcasterAfterASpaceIsNotOneOfTheName() {
		assertEquals(List.of("충청북도", "울산광역시"), regions("", "충북 청주에 공장이 들어선다고 울산 MBC가 보도했다."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"김해진\t대표는", "김해진 대표는"})
	void aPersonsTitleAfterATabOrASpaceIsAPerson(String person) {
		assertEquals(List.of("충청북도"), regions("", "충북 청주에 배터리 공장이 들어선다. " + person + " 지역 인재를 뽑겠다고 말했다."));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
		"김해진 교수는|true", "김해진 씨는|true", "김해의 대표 기업이|false", "김해진 팀원은|false",
	})
	void aSyllableThenATitleAfterANameIsAPerson(String words, boolean person) {
		assertEquals(person ? List.of("충청북도") : List.of("충청북도", "경상남도"),
			regions("", "충북 청주에 배터리 공장이 들어선다. " + words + " 지역 인재를 뽑겠다고 말했다."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"부산지역 출신", "부산 출신", "부산시 소재"})
	void anAsideAfterRegionWordsAndASpaceIsAnAside(String origin) {
		assertEquals(List.of("충청북도"), regions("", origin
			+ " 기업인이 충북 청주에 공장을 짓는다. 충북도는 부지를 내준다. 청주시는 인력을 돕는다."));
	}

	@Test
	void aTownRightAfterItsDistrictIsInThatDistrict() {
		assertEquals(List.of("제주특별자치도"), regions("감귤 선별장 자동화",
			"제주 서귀포시 남원읍 농협이 선별장을 자동화했다. 서귀포시는 장비 구입비를 보탰다."));
		assertEquals(List.of("전북특별자치도"), regions("", "남원에 새 선별장이 문을 열었다. 남원시는 장비 구입비를 보탰다."));
	}

	@Test
	void theNamesRightBeforeACompanysSeatAreTheSeatToo() {
		assertEquals(List.of("전라남도"), regions("",
			"경기 성남시 판교에 본사를 둔 게임사가 전남 순천시에 고객지원 거점을 연다. 순천시는 보조금을 준다."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"판교 게임사", "판교 개발사", "판교 통신사"})
	void aTitleNamingWhereAGameOrTelecomCompanyComesFromIsAnAside(String origin) {
		assertEquals(List.of("전라남도"), regions(origin + ", 전남 순천에 고객지원 거점",
			"회사가 전남 순천시에 고객지원 거점을 연다. 순천시는 보조금을 준다. 전라남도도 돕는다."));
	}

	@Test
	void aProvinceNamedOnlyAsACompanysSeatIsNoRegionWhenAnotherIsNamedForItself() {
		assertEquals(List.of("충청북도"), regions("부산 기업, 청주에 배터리 공장",
			"부산 강서구에 본사를 둔 배터리 기업이 청주에 공장을 짓는다. 부산 출신인 대표는 지역 인재를 뽑겠다고 말했다."));
	}

	@Test
	void aProvinceNamedOnlyAsACompanysSeatStaysWhenNothingElseIsNamedForItself() {
		assertEquals(List.of("전라남도"), regions("지역 건설사, 대학생 장학금",
			"전남 순천에 본사를 둔 건설사가 대학생 30명에게 장학금을 전달했다. 전달식은 광주 서구의 한 컨벤션센터에서 열렸다."));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"와 비교해", "에 비해"})
	void aPlaceGivenAsAYardstickCountsLittle(String marker) {
		assertEquals(List.of("전라남도"), regions("영암 대불산단 스마트공장 보급률 12%",
			"전남 영암군 대불산단의 스마트공장 보급률이 12%로 나타났다. 전라남도가 실태조사를 공개했다. "
				+ "보급률은 경기도 시화산단의 24%" + marker + " 절반 수준이다. 도는 지원비를 늘린다."));
	}

	@Test
	void aBareNameAfterTheCityItIsTheStemOfIsThatCity() {
		assertEquals(List.of("경기도"), regions("광주시, 물류창고에 화재감시 카메라",
			"경기 광주시가 오포읍 물류창고에 화재감시 카메라를 단다. 광주시는 18억 원을 들인다. 이상이 감지되면 광주소방서에 알린다."));
		assertEquals(List.of("광주광역시"), regions("", "광주소방서는 물류창고 화재 점검을 마쳤다. 광주시는 예산을 보탠다."));
	}
}
