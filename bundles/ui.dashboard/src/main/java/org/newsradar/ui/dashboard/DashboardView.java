package org.newsradar.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsradar.api.model.StoryRecord;
import org.newsradar.render.BarChart;
import org.newsradar.render.Html;
import org.newsradar.render.StoryHtml;
import org.newsradar.render.TopicStyles;
import org.newsradar.ui.api.Links;
import org.newsradar.ui.api.Overview;
import org.newsradar.ui.api.Sources;
import org.newsradar.ui.api.StoryQuery;
import org.newsradar.ui.api.StoryStore;
import org.newsradar.ui.api.ViewRequest;
import org.newsradar.ui.api.ViewResponse;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The first page: how many stories there are per topic, per 시·도 and per day, as charts whose
 * bars lead to the filtered story list, and the latest stories. It follows new stories live.
 */
@Component
public class DashboardView implements WorkbenchView {
	private static final int LATEST = 8;

	@Reference
	private StoryStore store;
	@Reference
	private Sources sources;
	private final TopicStyles styles = new TopicStyles();
	private final BarChart charts = new BarChart(styles);
	private final StoryHtml storyHtml = new StoryHtml(styles);
	private final Timeline timeline = new Timeline();

	@Override
	public String id() {
		return "dashboard";
	}

	@Override
	public String title() {
		return "대시보드";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void get(ViewRequest request, ViewResponse response) {
		if (!request.path().isEmpty()) {
			response.error(404, "없는 주소입니다.");
			return;
		}
		Overview o = store.overview();
		StringBuilder h = new StringBuilder(16_384);
		h.append("<div class=\"page-head\"><div><h1>대시보드</h1><p>")
			.append(String.format(Locale.ROOT, "기사 %,d건 · 주제 %d개 · 감시 중 %d곳", o.stories(), o.perTopic().size(),
				sources.watches().size()))
			.append("</p></div><a class=\"btn\" href=\"/stories\">기사 목록 보기</a></div>\n");
		h.append("<div id=\"dashboard\" data-live=\"stories classifiers\">\n");
		stats(o, h);
		if (o.stories() == 0) {
			h.append("<section class=\"card\"><p class=\"empty\">아직 읽은 기사가 없습니다. <a href=\"/sources\">입력</a>에서 ")
				.append("파일이나 폴더, 피드를 읽거나 감시하세요. <code>newsradar serve --watch 폴더</code>로 시작하면 ")
				.append("폴더에 들어오는 기사가 바로 여기에 나타납니다.</p></section>\n");
		} else {
			h.append("<div class=\"grid\">\n<section class=\"card chart-card chart\" id=\"chart-topics\"><h2>주제별 기사</h2>")
				.append(charts.svg("주제별 기사 수", "data-topic", topicBars(o))).append(legend(o))
				.append("</section>\n<section class=\"card chart-card chart\" id=\"chart-regions\"><h2>시·도별 기사</h2>")
				.append(o.perRegion().isEmpty() ? "<p class=\"empty\">시·도가 확인된 기사가 없습니다.</p>"
					: charts.svg("시·도별 기사 수", "data-region", regionBars(o)))
				.append(legend(o)).append("</section>\n</div>\n");
			h.append("<section class=\"card chart-card timeline\" id=\"chart-days\"><h2>날짜별 기사 <span class=\"count\">")
				.append("기사가 있는 최근 ").append(Timeline.DAYS).append("일</span></h2>").append(timeline.svg(o.dateTopics()))
				.append("</section>\n");
			latest(h);
		}
		h.append("</div>\n");
		response.page("대시보드", h);
	}

	private void stats(Overview o, StringBuilder h) {
		h.append("<dl class=\"stats\"><div class=\"stat\"><dt>기사</dt><dd>").append(String.format(Locale.ROOT, "%,d", o.stories()))
			.append("</dd></div>");
		o.perTopic().forEach((topic, n) -> h.append("<div class=\"stat\" data-topic=\"").append(Html.escape(topic))
			.append("\"><dt>").append(Html.escape(styles.label(topic))).append("</dt><dd>")
			.append(String.format(Locale.ROOT, "%,d", n)).append("</dd></div>"));
		h.append("<div class=\"stat\"><dt>").append(BarChart.NO_TOPIC_LABEL).append("</dt><dd>")
			.append(String.format(Locale.ROOT, "%,d", o.withoutTopic())).append("</dd></div></dl>\n");
	}

	private List<BarChart.Bar> topicBars(Overview o) {
		List<String> topics = new ArrayList<>(o.topics());
		topics.sort(Comparator.comparing((String t) -> -o.perTopic().getOrDefault(t, 0)).thenComparing(t -> t));
		List<BarChart.Bar> bars = new ArrayList<>();
		for (String topic : topics) {
			int n = o.perTopic().getOrDefault(topic, 0);
			bars.add(new BarChart.Bar(topic, styles.label(topic), List.of(new BarChart.Segment(topic, n)), n,
				Links.to("/stories", "topic", topic)));
		}
		bars.add(new BarChart.Bar(StoryStore.NO_TOPIC, BarChart.NO_TOPIC_LABEL,
			List.of(new BarChart.Segment(null, o.withoutTopic())), o.withoutTopic(),
			Links.to("/stories", "topic", StoryStore.NO_TOPIC)));
		return bars;
	}

	private static List<BarChart.Bar> regionBars(Overview o) {
		List<String> regions = new ArrayList<>(o.perRegion().keySet());
		regions.sort(Comparator.comparing((String r) -> -o.perRegion().get(r)).thenComparing(r -> r));
		List<BarChart.Bar> bars = new ArrayList<>();
		for (String region : regions) {
			List<BarChart.Segment> segments = new ArrayList<>();
			for (Map.Entry<String, Integer> e : o.regionTopics().get(region).entrySet()) {
				segments.add(new BarChart.Segment(StoryStore.NO_TOPIC.equals(e.getKey()) ? null : e.getKey(), e.getValue()));
			}
			segments.sort(Comparator.comparing((BarChart.Segment s) -> s.topic() == null)
				.thenComparing(s -> s.topic() == null ? "" : s.topic()));
			bars.add(new BarChart.Bar(region, region, segments, o.perRegion().get(region), Links.to("/stories", "region", region)));
		}
		return bars;
	}

	private String legend(Overview o) {
		StringBuilder l = new StringBuilder("<div class=\"legend\">");
		for (String topic : o.topics()) {
			l.append("<span data-topic=\"").append(Html.escape(topic)).append("\">").append(Html.escape(styles.label(topic)))
				.append("</span>");
		}
		return l.append("<span>").append(BarChart.NO_TOPIC_LABEL).append("</span></div>").toString();
	}

	private void latest(StringBuilder h) {
		List<StoryRecord> latest = store.find(StoryQuery.latest(LATEST)).stories();
		h.append("<section class=\"card\" id=\"latest\"><h2>최근 기사</h2><ol class=\"stories\">\n");
		for (StoryRecord r : latest) {
			storyHtml.listItem(r, "/stories/story/" + Links.encode(r.id()), h);
		}
		h.append("</ol></section>\n");
	}
}
