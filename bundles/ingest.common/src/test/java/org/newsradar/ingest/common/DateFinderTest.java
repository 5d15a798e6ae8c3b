package org.newsradar.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Dates as pages print them, in several languages, and the ones that are not publication dates. */
class DateFinderTest {
	private final DateFinder dates = new DateFinder();

	@Test
	void koreanLabelsIntroduceThePublicationDate() {
		assertEquals("2024-09-23", dates.published("기사승인 2024-09-23 23:48:35"));
		assertEquals("2025-07-22", dates.published("입력 2025.07.22"));
		assertEquals("2020-11-25", dates.published("입력2020.11.25 17:44"));
		assertEquals("2012-08-21", dates.published("입력 : 2012-08-21 15:40 | 김도경 기자"));
		assertEquals("2019-02-21", dates.published("등록일시 2019년 2월 21일 11:35"));
	}

	@Test
	void aChangeIsNotThePublication() {
		String line = "수정 2025.04.30 09:00 입력 2025.04.29 18:23";
		assertEquals("2025-04-29", dates.published(line));
		assertEquals("2025-04-30", dates.updated(line));
	}

	@Test
	void labelsMayStandAFewWordsBeforeTheirDate() {
		assertEquals("2025-03-04", dates.published("Published 6:40 AM, Tue March 4, 2025"));
	}

	@Test
	void europeanAndEastAsianFormats() {
		assertEquals("2024-03-12", dates.any("12 de marzo de 2024"));
		assertEquals("2024-09-03", dates.published("Veröffentlicht am 3. September 2024"));
		assertEquals("2024-10-15", dates.published("公開日：2024年10月15日 09:30"));
		assertEquals("2024-05-08", dates.published("发布时间：2024-05-08 09:15"));
		assertEquals("2021-09-29", dates.any("2021-09-29T16:03:36+09:00"));
	}

	@Test
	void aLineHoldingOnlyADateIsADateline() {
		assertEquals("2025-07-22", dates.dateOnly("2025.07.22 (화)"));
		assertEquals("2019-11-06", dates.dateOnly("2019-11-06   /  15:51:05"));
		assertEquals("2024-03-11", dates.dateOnly("2024.03.11"));
		assertNull(dates.dateOnly("2024.03.11 착공식을 열었다"));
		assertEquals("2025-04-08", dates.dateOnly("Tuesday, April 8, 2025"), "the weekday name is read whole");
		assertEquals("2025-04-11", dates.dateOnly("Fri 11 April 2025 09:30"));
		// times and weekdays in Hangul are part of a date line; a label or any other word is not
		assertEquals("2023-08-09", dates.dateOnly("2023.08.09 (수) 오후 08시 21분 05초"));
		assertEquals("2023-08-09", dates.dateOnly("2023년 8월 9일 수요일"));
		assertNull(dates.dateOnly("입력 2023.08.09 08:21"));
		assertNull(dates.dateOnly("2023.08.09 08:21 수정"));
		assertEquals("2025-04-08", dates.dateOnly("2025年4月8日 10時30分"), "Japanese time units");
		assertEquals("2025-04-08", dates.dateOnly("2025年4月8日（火）10:30"), "a Japanese weekday");
		assertEquals("2025-06-18", dates.dateOnly("2025年06月18日 08时45分"), "Chinese time units");
		assertEquals("2025-03-04", dates.dateOnly("2025/03/04 09:05 송고"), "a wire's publication label after the date");
		assertNull(dates.dateOnly("2025/03/04 09:05 송고 예정 기사"), "more than a label after the date");
	}

	@Test
	void impossibleDatesAreNoDates() {
		assertNull(dates.any("2024.13.45"));
		assertNull(dates.any("2023-02-30"));
	}

	@Test
	void yearsAloneAndSentencesAboutDatesAreNoPublicationDates() {
		assertNull(dates.published("2018년 12월 정부가 스마트공장 3만 개 보급을 국정과제로 채택했다."));
		assertNull(dates.published("등록된 의견이 없습니다. 첫 의견을 남겨주세요."));
		assertNull(dates.any("2019~2021년까지 872개"));
	}

	@Test
	void theSearchGoesOnPastLabelsAndNumbersThatHoldNoDate() {
		// a label glued to a word before it is no label; the first labelled number is no date, the next one is
		assertEquals("2024-05-02", dates.published("재등록 2024.01.01 입력 2024.13.40 승인 2024.05.02"));
		assertNull(dates.published("재입력 2024.01.01"));
		assertEquals("2023-11-30", dates.any("1.2024.05.06 또는 2023-11-30"));
		assertEquals("2024-01-05", dates.dateOnly("2024.02.30 2024.01.05"), "the first real date is the one the rest is read around");
		assertEquals("2024-03-05", dates.any("mar. 5, 2024"));
		assertEquals("2024-03-05", dates.updated("Last updated: March 5, 2024"));
	}
}
