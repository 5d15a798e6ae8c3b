package org.newsradar.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {
	private final BarChart chart = new BarChart(new TopicStyles());

	private Document svg(List<BarChart.Bar> bars) {
		return Jsoup.parse(chart.svg("시·도별", "data-region", bars), "", Parser.xmlParser());
	}

	@Test
	void eachBarCarriesItsKeyAndCount() {
		Document d = svg(List.of(new BarChart.Bar("부산광역시", "부산광역시",
			List.of(new BarChart.Segment("data_center", 2), new BarChart.Segment(null, 1)), 3, null)));
		assertEquals("3", d.selectFirst("g.bar[data-region=부산광역시] text.count").text());
		assertEquals(2, d.select("rect.seg").size());
	}

	@Test
	void longestBarSpansTheChartAndOthersScale() {
		Document d = svg(List.of(new BarChart.Bar("a", "a", List.of(new BarChart.Segment("x", 4)), 4, null),
			new BarChart.Bar("b", "b", List.of(new BarChart.Segment("x", 2)), 2, null)));
		double first = Double.parseDouble(d.select("rect").get(0).attr("width"));
		double second = Double.parseDouble(d.select("rect").get(1).attr("width"));
		assertEquals(2.0, first / second, 0.01);
	}

	@Test
	void barWithAnAddressIsALink() {
		Document d = svg(List.of(new BarChart.Bar("<x>", "<x>", List.of(), 0, "/stories?region=%3Cx%3E")));
		assertEquals("/stories?region=%3Cx%3E", d.selectFirst("a").attr("href"));
		assertEquals("<x>", d.selectFirst("g.bar").attr("data-region"));
	}
}
