package org.newsradar.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Paragraphs wrapped at a fixed width are joined again; pages of short lines are left as they are. */
class LineWrapTest {
	private static final String FIRST = "강원 원주시 부론일반산업단지에 중소 제조기업이 인공지능 기술을 생산 현장에 적용해 볼 수 있는 실증센터가 다음 달 문을 연다.";
	private static final String SECOND = "센터에는 실제 생산라인을 줄여 만든 시험 설비와 연산 서버가 갖춰져, 기업들이 자기 공정 데이터를 가져와 불량 예측 모델을 시험할 수 있다.";
	private static final String THIRD = "사업비는 국비와 도비, 시비를 합쳐 모두 96억원이며 센터는 2027년까지 100개 기업에 분석 컨설팅을 무료로 제공한다.";

	/** @return the paragraph broken as "save as text" breaks it: each line as many words as fit in the width */
	private static List<String> wrapped(String paragraph, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" ")) {
			String candidate = line.length() == 0 ? word : line + " " + word;
			if (LineWrap.columns(candidate, 0, candidate.length()) > width && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			} else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	@Test
	void hangulAndHanTakeTwoColumns() {
		assertEquals(13, LineWrap.columns("데이터 center", 0, 10));
		assertEquals(4, LineWrap.columns("工場", 0, 2));
	}

	@Test
	void paragraphsWrappedAtAFixedWidthAreJoinedAgain() {
		for (int width : new int[] { 64, 72, 80 }) {
			List<String> page = new ArrayList<>(List.of("원주 부론산단에 제조 AI 실증센터", ""));
			for (String paragraph : List.of(FIRST, SECOND, THIRD)) {
				page.addAll(wrapped(paragraph, width));
				page.add("");
			}
			page.add("많이 본 뉴스");
			page.add("춘천 레고랜드 주변 교통 혼잡 대책 발표");
			page.add("강릉 단오제 관람객 역대 최다");
			assertEquals(List.of("원주 부론산단에 제조 AI 실증센터", "", FIRST, "", SECOND, "", THIRD, "", "많이 본 뉴스", "춘천 레고랜드 주변 교통 혼잡 대책 발표",
				"강릉 단오제 관람객 역대 최다"), LineWrap.unwrapped(page), "width " + width);
		}
	}

	@Test
	void aPageOfShortLinesIsNotWrapped() {
		List<String> page = List.of("전주 덕진공원 연꽃길 보수 공사", "기사승인 2025.03.07 08:50", "전주시는 덕진공원 연꽃길 데크 보수 공사로 이달 말까지 산책로 일부를 막는다고 밝혔다.",
			"이은지 기자", "좋아요 0 슬퍼요 0 화나요 0", "군산 새만금 방조제 벚꽃길 조성 사업 다음 달 착공 예정", "익산 보석박물관 특별전 개막 앞두고 관람 예약 시작",
			"완주 로컬푸드 매장 2곳 추가로 문 열어 주민 호응");
		assertEquals(page, LineWrap.unwrapped(page));
	}
}
