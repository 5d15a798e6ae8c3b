package org.newsradar.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlTest {
	@Test
	void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
		assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.escape("<a href=\"x\" title='y'>&"));
	}

	@Test
	void scriptAddressesAreNeverLinks() {
		assertNull(Html.webLink(" javascript:alert(1)"));
		assertEquals("https://news.example.kr/1", Html.webLink("https://news.example.kr/1"));
	}
}
