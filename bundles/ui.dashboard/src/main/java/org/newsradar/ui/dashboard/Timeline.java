package org.newsradar.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.newsradar.render.Html;
import org.newsradar.ui.api.StoryStore;

/** Stories per publication day as an SVG column chart, each column stacked by topic. */
final class Timeline {
	/** Days shown: the latest days that have stories (days without any are left out, not drawn empty). */
	static final int DAYS = 30;
	private static final int WIDTH = 1180;
	private static final int HEIGHT = 170;
	private static final int AXIS = 22;
	private static final int LEFT = 34;

	String svg(SortedMap<String, Map<String, Integer>> dateTopics) {
		if (dateTopics.isEmpty()) {
			return "<p class=\"empty\">날짜가 확인된 기사가 없습니다.</p>";
		}
		List<String> days = new ArrayList<>(dateTopics.keySet());
		days = days.subList(Math.max(0, days.size() - DAYS), days.size());
		int max = 1;
		for (String day : days) {
			max = Math.max(max, dateTopics.get(day).values().stream().mapToInt(Integer::intValue).sum());
		}
		double slot = (WIDTH - LEFT) / (double) Math.max(days.size(), 8);
		double bar = Math.min(36, slot * 0.7);
		double scale = (HEIGHT - AXIS - 8) / (double) max;
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
			+ "\" role=\"img\" aria-label=\"날짜별 기사 수\">");
		int base = HEIGHT - AXIS;
		svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(base).append("\" x2=\"").append(WIDTH)
			.append("\" y2=\"").append(base).append("\"/>");
		svg.append("<text x=\"0\" y=\"14\">").append(max).append("</text><text x=\"0\" y=\"").append(base).append("\">0</text>");
		int labelEvery = Math.max(1, days.size() / 10);
		// month and day suffice within one year; across years the year is needed too
		boolean oneYear = days.get(0).regionMatches(0, days.get(days.size() - 1), 0, 4);
		for (int i = 0; i < days.size(); i++) {
			String day = days.get(i);
			double x = LEFT + i * slot + (slot - bar) / 2;
			Map<String, Integer> perTopic = new TreeMap<>(dateTopics.get(day));
			int total = perTopic.values().stream().mapToInt(Integer::intValue).sum();
			svg.append("<g class=\"day\" data-date=\"").append(Html.escape(day)).append("\"><title>")
				.append(Html.escape(day + ": " + total + "건")).append("</title>");
			double y = base;
			// stories without a topic at the bottom, topics stacked above in name order
			Integer none = perTopic.remove(StoryStore.NO_TOPIC);
			List<Map.Entry<String, Integer>> parts = new ArrayList<>();
			if (none != null) {
				parts.add(Map.entry(StoryStore.NO_TOPIC, none));
			}
			parts.addAll(perTopic.entrySet());
			for (Map.Entry<String, Integer> p : parts) {
				double hgt = p.getValue() * scale;
				y -= hgt;
				svg.append("<rect class=\"seg\" x=\"").append(round(x)).append("\" y=\"").append(round(y)).append("\" width=\"")
					.append(round(bar)).append("\" height=\"").append(round(hgt)).append('"');
				if (!StoryStore.NO_TOPIC.equals(p.getKey())) {
					svg.append(" data-topic=\"").append(Html.escape(p.getKey())).append('"');
				}
				svg.append("/>");
			}
			if (i % labelEvery == 0 || i == days.size() - 1) {
				svg.append("<text x=\"").append(round(x + bar / 2)).append("\" y=\"").append(HEIGHT - 6)
					.append("\" text-anchor=\"middle\">").append(Html.escape(oneYear && day.length() >= 10 ? day.substring(5) : day))
					.append("</text>");
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	private static String round(double v) {
		return String.valueOf(Math.round(v * 10) / 10.0);
	}
}
