package org.newsradar.export.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;

/** Composed stories for the report tests: Korean news of each topic, one hostile page, one error. */
final class Fixtures {
	private Fixtures() {
	}

	static final String DATA_CENTER_BODY = "부산시는 강서구 미음산단에 AI 데이터센터를 짓는 협약을 맺었다.\n"
		+ "사업비는 2조 원이며 전력 40MW 규모로, 일자리 600개가 생길 것으로 보인다.";

	static final StoryRecord BUSAN_DATA_CENTER = new StoryRecord("s1", "pages/부산.html", 0,
		"부산 미음산단에 AI 데이터센터 유치", "2025-04-02", "부산일보", "박지민 기자", "https://news.example.kr/busan/1",
		DATA_CENTER_BODY, List.of("data_center"),
		Map.of("data_center", 0.96, "smart_factory", 0.12, "csr_event", 0.0),
		Map.of("data_center", List.of(new Evidence("AI 데이터센터", Evidence.BODY, 15, 23),
			new Evidence("AI 데이터센터", Evidence.TITLE, 9, 17))),
		Map.of("data_center", "org.newsradar.classifier.datacenter 1.0.0"), List.of("부산광역시"),
		List.of("부산광역시 강서구"), List.of(2_000_000_000_000L), List.of(), List.of(600L), List.of(40.0), List.of());

	static final StoryRecord GYEONGNAM_FACTORY = new StoryRecord("s2", "pages/경남.txt", 0,
		"창원 중소기업 30곳 스마트공장 전환 지원", "2025-04-03", "경남신문", null, null,
		"경상남도는 창원국가산단 중소기업 30곳의 스마트공장 구축을 돕는다. 도비 45억 원을 투입한다.",
		List.of("smart_factory"), Map.of("data_center", 0.02, "smart_factory", 0.91, "csr_event", 0.0),
		Map.of("smart_factory", List.of(new Evidence("스마트공장 구축", Evidence.BODY, 23, 31))),
		Map.of("smart_factory", "org.newsradar.classifier.smartfactory 1.0.0"), List.of("경상남도"),
		List.of("경상남도 창원시"), List.of(4_500_000_000L), List.of(), List.of(), List.of(), List.of());

	static final StoryRecord BUSAN_CAMPUS_AND_VOLUNTEERS = new StoryRecord("s3", "pages/부산.html", 1,
		"데이터센터 운영사 임직원, 해운대 해변 정화 봉사", "2025-04-04", "부산일보", null, null,
		"데이터센터 운영사 임직원 80명이 해운대에서 해변 정화 봉사활동을 벌이고 성금 1천만 원을 기부했다.",
		List.of("data_center", "csr_event"), Map.of("data_center", 0.71, "smart_factory", 0.0, "csr_event", 0.94),
		Map.of("csr_event", List.of(new Evidence("봉사활동", Evidence.BODY, 31, 35), new Evidence("기부", Evidence.BODY, 51, 53)),
			"data_center", List.of(new Evidence("데이터센터 운영사", Evidence.BODY, 0, 9))),
		Map.of(), List.of("부산광역시"), List.of(), List.of(10_000_000L), List.of(), List.of(), List.of(), List.of());

	/** A hostile page: markup in every text field and a script address as its canonical link. */
	static final StoryRecord HOSTILE = new StoryRecord("s4", "pages/<b>악성</b>.html", 0,
		"<script>alert(1)</script> 제목", null, "<i>출처</i>", null, "javascript:alert(2)",
		"본문 <img src=x onerror=\"document.body.dataset.pwned=1\"> & 끝", List.of(), Map.of("csr_event", 0.1),
		Map.of(), Map.of(), List.of("서울특별시"), List.of(), List.of(), List.of(), List.of(), List.of(),
		List.of("data_center: <b>timeout</b>"));

	static final SourceError UNREADABLE = new SourceError("pages/빈.html", "the file is empty");

	static final List<StoryRecord> STORIES = List.of(BUSAN_DATA_CENTER, GYEONGNAM_FACTORY, BUSAN_CAMPUS_AND_VOLUNTEERS, HOSTILE);

	static final RunSummary SUMMARY = new RunSummary(4, 1, 2, 4, Map.of("data_center", 2, "smart_factory", 1, "csr_event", 1),
		0, Duration.ofMillis(2345));
}
