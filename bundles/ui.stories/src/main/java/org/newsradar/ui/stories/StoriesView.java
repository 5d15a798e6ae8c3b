package org.newsradar.ui.stories;

import java.util.Locale;
import java.util.Optional;

import org.newsradar.api.model.StoryRecord;
import org.newsradar.render.BarChart;
import org.newsradar.render.Html;
import org.newsradar.render.StoryHtml;
import org.newsradar.render.TopicStyles;
import org.newsradar.ui.api.Links;
import org.newsradar.ui.api.Overview;
import org.newsradar.ui.api.Sources;
import org.newsradar.ui.api.StoryPage;
import org.newsradar.ui.api.StoryQuery;
import org.newsradar.ui.api.StoryStore;
import org.newsradar.ui.api.ViewRequest;
import org.newsradar.ui.api.ViewResponse;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The stories: {@code /stories} lists them filtered on the server (topic, 시·도, outlet, dates,
 * words, source) a page at a time, and follows new ones live; {@code /stories/story/ID} shows one.
 */
@Component
public class StoriesView implements WorkbenchView {
	static final int PAGE_SIZE = 50;

	@Reference
	private StoryStore store;
	@Reference
	private Sources sources;
	private final TopicStyles styles = new TopicStyles();
	private final StoryHtml storyHtml = new StoryHtml(styles);

	@Override
	public String id() {
		return "stories";
	}

	@Override
	public String title() {
		return "기사";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void get(ViewRequest request, ViewResponse response) {
		String path = request.path();
		if (path.isEmpty()) {
			list(request, response);
		} else if (path.startsWith("/story/")) {
			String id = path.substring("/story/".length());
			Optional<StoryRecord> story = store.story(id);
			if (story.isPresent()) {
				response.page(story.get().title().isEmpty() ? "(제목 없음)" : story.get().title(),
					new StoryPageHtml(styles, storyHtml, sources).render(story.get()));
			} else {
				response.error(404, "이 기사는 없습니다 (저장소가 오래된 기사를 내보냈거나 주소가 틀렸습니다): " + id);
			}
		} else {
			response.error(404, "없는 주소입니다.");
		}
	}

	private void list(ViewRequest request, ViewResponse response) {
		int page = Math.max(1, number(request.parameter("page")));
		StoryQuery q = new StoryQuery(request.parameter("topic"), request.parameter("region"), request.parameter("outlet"),
			request.parameter("from"), request.parameter("to"), request.parameter("q"), request.parameter("source"),
			(page - 1) * PAGE_SIZE, PAGE_SIZE);
		Overview o = store.overview();
		StoryPage found = store.find(q);
		StringBuilder h = new StringBuilder(32_768);
		h.append("<div class=\"page-head\"><div><h1>기사</h1><p>주제, 시·도, 언론사, 날짜, 낱말로 거릅니다.</p></div></div>\n");
		filters(q, o, h);
		h.append("<section class=\"card\" id=\"results\" data-live=\"stories\">\n<h2>")
			.append(String.format(Locale.ROOT, "<span id=\"total\">%,d</span>건", found.total()));
		if (found.total() > 0) {
			h.append(String.format(Locale.ROOT, " <span class=\"count\">%,d–%,d 표시</span>", found.offset() + 1,
				found.offset() + found.stories().size()));
		}
		h.append("</h2>\n");
		if (found.stories().isEmpty()) {
			h.append("<p class=\"empty\">").append(o.stories() == 0 ? "아직 읽은 기사가 없습니다." : "조건에 맞는 기사가 없습니다.")
				.append("</p>\n");
		} else {
			h.append("<ol class=\"stories\">\n");
			for (StoryRecord r : found.stories()) {
				storyHtml.listItem(r, "/stories/story/" + Links.encode(r.id()), h);
			}
			h.append("</ol>\n");
		}
		pager(q, page, found, h);
		h.append("</section>\n");
		response.page("기사", h);
	}

	private void filters(StoryQuery q, Overview o, StringBuilder h) {
		h.append("<form class=\"filters\" method=\"get\" action=\"/stories\" id=\"filters\">");
		h.append("<label>주제<select name=\"topic\" data-autosubmit><option value=\"\">모든 주제</option>");
		for (String topic : o.topics()) {
			option(topic, styles.label(topic), q.topic(), h);
		}
		option(StoryStore.NO_TOPIC, BarChart.NO_TOPIC_LABEL, q.topic(), h);
		h.append("</select></label><label>시·도<select name=\"region\" data-autosubmit><option value=\"\">모든 시·도</option>");
		for (String region : o.perRegion().keySet()) {
			option(region, region, q.region(), h);
		}
		h.append("</select></label><label>언론사<select name=\"outlet\" data-autosubmit><option value=\"\">모든 언론사</option>");
		for (String outlet : o.perOutlet().keySet()) {
			option(outlet, outlet, q.outlet(), h);
		}
		h.append("</select></label>");
		date("from", "부터", q.from(), h);
		date("to", "까지", q.to(), h);
		h.append("<label>낱말<input type=\"search\" name=\"q\" placeholder=\"제목·본문·출처에서 찾기\" value=\"")
			.append(q.text() == null ? "" : Html.escape(q.text())).append("\"></label>");
		if (q.source() != null) {
			h.append("<label>출처<input type=\"text\" name=\"source\" readonly value=\"").append(Html.escape(q.source()))
				.append("\"></label>");
		}
		h.append("<button class=\"btn primary\" type=\"submit\">거르기</button><a class=\"btn\" href=\"/stories\">모두 보기</a></form>\n");
	}

	private static void option(String value, String label, String selected, StringBuilder h) {
		h.append("<option value=\"").append(Html.escape(value)).append('"');
		if (value.equals(selected)) {
			h.append(" selected");
		}
		h.append('>').append(Html.escape(label)).append("</option>");
	}

	private static void date(String name, String label, String value, StringBuilder h) {
		h.append("<label>").append(label).append("<input type=\"date\" name=\"").append(name).append("\" value=\"")
			.append(value == null ? "" : Html.escape(value)).append("\"></label>");
	}

	private static void pager(StoryQuery q, int page, StoryPage found, StringBuilder h) {
		int pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
		if (pages <= 1) {
			return;
		}
		h.append("<nav class=\"pager\" aria-label=\"쪽\"><span>");
		if (page > 1) {
			h.append("<a class=\"btn small\" href=\"").append(Html.escape(pageLink(q, page - 1))).append("\">← 이전</a>");
		}
		h.append("</span><span>").append(page).append(" / ").append(pages).append("쪽</span><span>");
		if (page < pages) {
			h.append("<a class=\"btn small\" href=\"").append(Html.escape(pageLink(q, page + 1))).append("\">다음 →</a>");
		}
		h.append("</span></nav>\n");
	}

	private static String pageLink(StoryQuery q, int page) {
		return Links.to("/stories", "topic", q.topic(), "region", q.region(), "outlet", q.outlet(), "from", q.from(),
			"to", q.to(), "q", q.text(), "source", q.source(), "page", String.valueOf(page));
	}

	private static int number(String text) {
		try {
			return text == null ? 1 : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
