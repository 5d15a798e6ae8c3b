package org.newsradar.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;

class JsonTest {

	@Test
	void quotesControlCharactersAndKeepsHangul() {
		assertEquals("\"데이터센터 \\\"준공\\\"\\n\\u0001\"", Json.toJson("데이터센터 \"준공\"\n\u0001"));
	}

	@Test
	void parsesWhatItWrites() {
		Map<String, Object> doc = Map.of("a", List.of(1L, 2.5, true), "b", "한글\t탭");
		assertEquals(doc, Json.parse(Json.toJson(doc)));
	}

	@Test
	void parsesUnicodeEscapes() {
		assertEquals("가", Json.parse("\"\\uac00\""));
	}

	@Test
	void namesTheOffsetOfASyntaxError() {
		var e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": [1, }"));
		assertEquals("invalid JSON at offset 10: unexpected character '}'", e.getMessage());
	}

	@Test
	void recordUsesContractFieldNames() {
		StoryRecord r = new StoryRecord("id1", "a.txt", 0, "제목", "2024-09-23", null, null, null, "본문",
			List.of("data_center"), Map.of("data_center", 0.97123), Map.of("data_center",
				List.of(new Evidence("데이터센터", Evidence.BODY, 0, 5))), Map.of("data_center", "b 1.0.0"),
			List.of("부산광역시"), List.of(), List.of(2_000_000_000_000L), List.of(), List.of(600L), List.of(40.0),
			List.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> m = (Map<String, Object>) Json.parse(RecordJson.toJson(r));
		assertEquals(List.of("데이터센터"), ((Map<?, ?>) m.get("evidence")).get("data_center"));
		assertEquals(0.9712, ((Map<?, ?>) m.get("scores")).get("data_center"));
		assertEquals(List.of(2_000_000_000_000L), m.get("amounts_krw"));
		assertEquals(List.of(40.0), m.get("capacity_mw"));
	}

	@Test
	void errorRecordHasSourceAndError() {
		assertEquals("{\"source\":\"x.html\",\"error\":\"empty file\"}",
			RecordJson.toJson(new SourceError("x.html", "empty file")));
	}
}
