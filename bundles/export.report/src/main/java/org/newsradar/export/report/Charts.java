package org.newsradar.export.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The report's bar charts as inline SVG: stories per topic, and stories per 시·도 split by topic. */
final class Charts {
	/** About the width a chart gets on a laptop screen, so that its text shows at its CSS size. */
	private static final int WIDTH = 560;
	private static final int LABEL_WIDTH = 150;
	private static final int COUNT_WIDTH = 50;
	private static final int ROW = 30;
	private static final int BAR = 20;
	private static final String NO_TOPIC_LABEL = "주제 없음";

	private final TopicStyles styles;

	Charts(TopicStyles styles) {
		this.styles = styles;
	}

	/** One bar per topic (accepted stories) and one for stories without a topic. */
	String topics(Tally tally) {
		List<String> topics = new ArrayList<>(tally.topics);
		topics.sort(Comparator.comparing((String t) -> -tally.storiesPerTopic.getOrDefault(t, 0)).thenComparing(t -> t));
		int max = Math.max(1, Math.max(tally.withoutTopic, topics.stream()
			.mapToInt(t -> tally.storiesPerTopic.getOrDefault(t, 0)).max().orElse(0)));
		StringBuilder svg = open(topics.size() + 1, "주제별 기사 수");
		int y = 0;
		for (String topic : topics) {
			int n = tally.storiesPerTopic.getOrDefault(topic, 0);
			bar(y++, "data-topic", topic, styles.label(topic), List.of(new Segment(topic, n)), n, max, svg);
		}
		bar(y, "data-topic", Tally.NO_TOPIC, NO_TOPIC_LABEL, List.of(new Segment(null, tally.withoutTopic)),
			tally.withoutTopic, max, svg);
		return svg.append("</svg>").toString();
	}

	/** One bar per 시·도, most stories first, its segments the stories of each accepted topic. */
	String regions(Tally tally) {
		if (tally.storiesPerRegion.isEmpty()) {
			return "<p class=\"empty\">시·도가 확인된 기사가 없습니다.</p>";
		}
		List<String> regions = new ArrayList<>(tally.storiesPerRegion.keySet());
		regions.sort(Comparator.comparing((String r) -> -tally.storiesPerRegion.get(r)).thenComparing(r -> r));
		int max = regions.stream().mapToInt(r -> segmentsTotal(tally.regionTopics.get(r))).max().orElse(1);
		StringBuilder svg = open(regions.size(), "시·도별 기사 수");
		int y = 0;
		for (String region : regions) {
			List<Segment> segments = new ArrayList<>();
			tally.regionTopics.get(region).forEach((topic, n) ->
				segments.add(new Segment(Tally.NO_TOPIC.equals(topic) ? null : topic, n)));
			segments.sort(Comparator.comparing((Segment s) -> s.topic() == null).thenComparing(s -> s.topic() == null ? "" : s.topic()));
			bar(y++, "data-region", region, region, segments, tally.storiesPerRegion.get(region), max, svg);
		}
		return svg.append("</svg>").toString();
	}

	private static int segmentsTotal(Map<String, Integer> perTopic) {
		return perTopic.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** A part of a bar: stories of one topic, or of no topic ({@code topic == null}). */
	private record Segment(String topic, int stories) {
	}

	private static StringBuilder open(int rows, String title) {
		int height = rows * ROW;
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
			+ "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\">");
	}

	private void bar(int row, String filterAttribute, String filterValue, String label, List<Segment> segments, int count,
		int max, StringBuilder svg) {
		int y = row * ROW;
		double scale = (WIDTH - LABEL_WIDTH - COUNT_WIDTH) / (double) max;
		svg.append("<g class=\"bar\" ").append(filterAttribute).append("=\"").append(Html.escape(filterValue)).append("\">");
		svg.append("<title>").append(Html.escape(label + ": " + count + "건" + breakdown(segments))).append("</title>");
		svg.append("<text x=\"0\" y=\"").append(y + BAR - 5).append("\">").append(Html.escape(label)).append("</text>");
		double x = LABEL_WIDTH;
		for (Segment s : segments) {
			double w = s.stories() * scale;
			svg.append("<rect class=\"seg\" x=\"").append(round(x)).append("\" y=\"").append(y + 2).append("\" width=\"")
				.append(round(w)).append("\" height=\"").append(BAR).append("\" rx=\"3\"");
			if (s.topic() != null) {
				svg.append(" data-topic=\"").append(Html.escape(s.topic())).append('"');
			}
			svg.append("/>");
			x += w;
		}
		svg.append("<text class=\"count\" x=\"").append(round(x + 6)).append("\" y=\"").append(y + BAR - 5).append("\">")
			.append(count).append("</text></g>");
	}

	private String breakdown(List<Segment> segments) {
		if (segments.size() < 2) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (Segment s : segments) {
			parts.add((s.topic() == null ? NO_TOPIC_LABEL : styles.label(s.topic())) + " " + s.stories());
		}
		return " (" + String.join(", ", parts) + ")";
	}

	private static String round(double v) {
		return String.valueOf(Math.round(v * 10) / 10.0);
	}
}
