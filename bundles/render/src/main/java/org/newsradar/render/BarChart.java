package org.newsradar.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bar charts as inline SVG: one labelled bar per row (a topic, a 시·도 …), split into
 * segments coloured by topic, with the count at its end. A bar carries its key as an attribute
 * ({@code data-topic}, {@code data-region}) for scripts and styles, and may link somewhere.
 */
public final class BarChart {
	/** What a segment without a topic (stories no topic accepted) is called. */
	public static final String NO_TOPIC_LABEL = "주제 없음";
	/** About the width a chart gets on a laptop screen, so that its text shows at its CSS size. */
	private static final int WIDTH = 560;
	private static final int LABEL_WIDTH = 150;
	private static final int COUNT_WIDTH = 50;
	private static final int ROW = 30;
	private static final int BAR = 20;

	/** A part of a bar: stories of one topic, or of no topic ({@code topic == null}). */
	public record Segment(String topic, int stories) {
	}

	/**
	 * One bar.
	 *
	 * @param key      the value of the chart's key attribute (a topic id, a 시·도 name)
	 * @param label    the text before the bar
	 * @param segments its parts, left to right
	 * @param count    the number printed after it (stories with two topics count once here)
	 * @param href     where clicking the bar goes, or {@code null}
	 */
	public record Bar(String key, String label, List<Segment> segments, int count, String href) {
		public Bar {
			segments = List.copyOf(segments);
		}

		int length() {
			return Math.max(count, segments.stream().mapToInt(Segment::stories).sum());
		}
	}

	private final TopicStyles styles;

	public BarChart(TopicStyles styles) {
		this.styles = styles;
	}

	/**
	 * @param title        the chart's accessible name
	 * @param keyAttribute the attribute naming each bar's key, e.g. {@code data-topic}
	 * @return the chart as an {@code <svg>} element
	 */
	public String svg(String title, String keyAttribute, List<Bar> bars) {
		int max = Math.max(1, bars.stream().mapToInt(Bar::length).max().orElse(1));
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " "
			+ bars.size() * ROW + "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\">");
		for (int row = 0; row < bars.size(); row++) {
			bar(row, keyAttribute, bars.get(row), max, svg);
		}
		return svg.append("</svg>").toString();
	}

	private void bar(int row, String keyAttribute, Bar bar, int max, StringBuilder svg) {
		int y = row * ROW;
		double scale = (WIDTH - LABEL_WIDTH - COUNT_WIDTH) / (double) max;
		if (bar.href() != null) {
			svg.append("<a href=\"").append(Html.escape(bar.href())).append("\">");
		}
		svg.append("<g class=\"bar\" ").append(keyAttribute).append("=\"").append(Html.escape(bar.key())).append("\">");
		svg.append("<title>").append(Html.escape(bar.label() + ": " + bar.count() + "건" + breakdown(bar.segments())))
			.append("</title>");
		svg.append("<text x=\"0\" y=\"").append(y + BAR - 5).append("\">").append(Html.escape(bar.label())).append("</text>");
		double x = LABEL_WIDTH;
		for (Segment s : bar.segments()) {
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
			.append(bar.count()).append("</text></g>");
		if (bar.href() != null) {
			svg.append("</a>");
		}
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
