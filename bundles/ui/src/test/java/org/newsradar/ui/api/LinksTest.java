package org.newsradar.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {
	@Test
	void valuesAreEncodedAndBlankOnesLeftOut() {
		assertEquals("/stories?region=%EB%B6%80%EC%82%B0&q=a%20%26%20b", Links.to("/stories", "topic", "", "region", "부산", "q", "a & b"));
	}

	@Test
	void noParametersMeansNoQuestionMark() {
		assertEquals("/stories", Links.to("/stories", "topic", null));
	}
}
