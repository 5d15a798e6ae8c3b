package org.newsradar.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsradar.render.BarChart;
import org.newsradar.render.TopicStyles;

/** The report's bar charts: stories per topic, and stories per 시·도 split by topic. */
final class Charts {
	private final TopicStyles styles;
	private final BarChart chart;

	Charts(TopicStyles styles) {
		this.styles = styles;
		this.chart = new BarChart(styles);
	}

	/** One bar per topic (accepted stories) and one for stories without a topic. */
	String topics(Tally tally) {
		List<String> topics = new ArrayList<>(tally.topics);
		topics.sort(Comparator.comparing((String t) -> -tally.storiesPerTopic.getOrDefault(t, 0)).thenComparing(t -> t));
		List<BarChart.Bar> bars = new ArrayList<>();
		for (String topic : topics) {
			int n = tally.storiesPerTopic.getOrDefault(topic, 0);
			bars.add(new BarChart.Bar(topic, styles.label(topic), List.of(new BarChart.Segment(topic, n)), n, null));
		}
		bars.add(new BarChart.Bar(Tally.NO_TOPIC, BarChart.NO_TOPIC_LABEL,
			List.of(new BarChart.Segment(null, tally.withoutTopic)), tally.withoutTopic, null));
		return chart.svg("주제별 기사 수", "data-topic", bars);
	}

	/** One bar per 시·도, most stories first, its segments the stories of each accepted topic. */
	String regions(Tally tally) {
		if (tally.storiesPerRegion.isEmpty()) {
			return "<p class=\"empty\">시·도가 확인된 기사가 없습니다.</p>";
		}
		List<String> regions = new ArrayList<>(tally.storiesPerRegion.keySet());
		regions.sort(Comparator.comparing((String r) -> -tally.storiesPerRegion.get(r)).thenComparing(r -> r));
		List<BarChart.Bar> bars = new ArrayList<>();
		for (String region : regions) {
			List<BarChart.Segment> segments = new ArrayList<>();
			tally.regionTopics.get(region).forEach((topic, n) ->
				segments.add(new BarChart.Segment(Tally.NO_TOPIC.equals(topic) ? null : topic, n)));
			segments.sort(Comparator.comparing((BarChart.Segment s) -> s.topic() == null)
				.thenComparing(s -> s.topic() == null ? "" : s.topic()));
			bars.add(new BarChart.Bar(region, region, segments, tally.storiesPerRegion.get(region), null));
		}
		return chart.svg("시·도별 기사 수", "data-region", bars);
	}
}
