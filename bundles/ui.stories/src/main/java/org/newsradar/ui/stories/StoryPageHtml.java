package org.newsradar.ui.stories;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.render.Html;
import org.newsradar.render.StoryHtml;
import org.newsradar.render.TopicStyles;
import org.newsradar.ui.api.Links;
import org.newsradar.ui.api.Sources;

/**
 * One story's page: the clean body with its evidence highlighted, and beside it the decision on
 * every topic (score, accepted, deciding bundle and version), the evidence phrases, the facts and
 * the source.
 */
final class StoryPageHtml {
	private final TopicStyles styles;
	private final StoryHtml storyHtml;
	private final Sources sources;

	StoryPageHtml(TopicStyles styles, StoryHtml storyHtml, Sources sources) {
		this.styles = styles;
		this.storyHtml = storyHtml;
		this.sources = sources;
	}

	String render(StoryRecord r) {
		StringBuilder h = new StringBuilder(r.body().length() * 2 + 8192);
		h.append("<div class=\"page-head\"><a href=\"/stories\">← 기사 목록</a></div>\n<div class=\"story-page\" id=\"story\">\n")
			.append("<article class=\"card\"");
		if (!r.topics().isEmpty()) {
			h.append(" data-topic=\"").append(Html.escape(r.topics().get(0))).append('"');
		}
		h.append("><h1 id=\"story-title\">");
		storyHtml.title(r, h);
		h.append("</h1>\n<div class=\"meta\">");
		List<String> meta = new ArrayList<>();
		for (String value : new String[] {r.date(), r.outlet(), r.byline()}) {
			if (value != null && !value.isBlank()) {
				meta.add(Html.escape(value));
			}
		}
		h.append(meta.isEmpty() ? "날짜·언론사 정보 없음" : String.join(" · ", meta)).append("</div>\n");
		storyHtml.chips(r, h);
		h.append("<div class=\"body\" id=\"story-body\">");
		storyHtml.body(r, h);
		h.append("</div>\n</article>\n<aside>\n");
		decisions(r, h);
		evidence(r, h);
		facts(r, h);
		source(r, h);
		h.append("</aside>\n</div>\n");
		return h.toString();
	}

	private void decisions(StoryRecord r, StringBuilder h) {
		h.append("<section class=\"card\" id=\"decisions\"><h2>주제 판정</h2><ul class=\"decisions\">\n");
		TreeSet<String> topics = new TreeSet<>(r.scores().keySet());
		topics.addAll(r.topics());
		for (String topic : topics) {
			double score = r.scores().getOrDefault(topic, 0.0);
			boolean accepted = r.topics().contains(topic);
			h.append("<li data-topic=\"").append(Html.escape(topic)).append("\" data-accepted=\"").append(accepted)
				.append("\"><div class=\"line\"><strong>").append(Html.escape(styles.label(topic))).append("</strong>")
				.append(accepted ? "<span class=\"tag good\">채택</span>" : "<span class=\"tag\">기각</span>")
				.append("<span class=\"score\"><svg viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
				.append("<rect class=\"track\" width=\"100\" height=\"8\" rx=\"4\"/><rect class=\"fill\" width=\"")
				.append(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, score)) * 100))
				.append("\" height=\"8\" rx=\"4\"/></svg>").append(String.format(Locale.ROOT, "%.2f", score))
				.append("</span></div><div class=\"classifier mono\">")
				.append(Html.escape(r.classifiers().getOrDefault(topic, "분류기 기록 없음"))).append("</div></li>\n");
		}
		h.append("</ul></section>\n");
	}

	private void evidence(StoryRecord r, StringBuilder h) {
		if (r.evidence().isEmpty()) {
			return;
		}
		h.append("<section class=\"card\" id=\"evidence\"><h2>근거</h2>");
		new TreeMap<>(r.evidence()).forEach((topic, list) -> {
			h.append("<div data-topic=\"").append(Html.escape(topic)).append("\"><strong>").append(Html.escape(styles.label(topic)))
				.append("</strong><ul class=\"evidence\">");
			for (Evidence e : list) {
				h.append("<li><mark data-topic=\"").append(Html.escape(topic)).append("\">").append(Html.escape(e.text()))
					.append("</mark> <span class=\"muted\">").append(Evidence.TITLE.equals(e.field()) ? "제목" : "본문").append(' ')
					.append(e.start()).append("–").append(e.end()).append("</span></li>");
			}
			h.append("</ul></div>");
		});
		h.append("</section>\n");
	}

	private static void facts(StoryRecord r, StringBuilder h) {
		h.append("<section class=\"card\" id=\"facts\"><h2>사실</h2><dl class=\"facts\">");
		fact("시·도", join(r.regions()), h);
		fact("장소", join(r.places()), h);
		List<String> won = r.amountsKrw().stream().map(StoryHtml::won).toList();
		fact("금액", join(won), h);
		fact("다른 통화", join(r.otherAmounts()), h);
		fact("일자리", join(r.jobs().stream().map(j -> String.format(Locale.ROOT, "%,d개", j)).toList()), h);
		fact("전력", join(r.capacityMw().stream().map(mw -> BigDecimal.valueOf(mw).stripTrailingZeros().toPlainString() + " MW").toList()), h);
		h.append("</dl>");
		if (!r.errors().isEmpty()) {
			h.append("<h2>처리 오류</h2><ul class=\"plain\">");
			r.errors().forEach(e -> h.append("<li class=\"chip error\">").append(Html.escape(e)).append("</li>"));
			h.append("</ul>");
		}
		h.append("</section>\n");
	}

	private static void fact(String label, String value, StringBuilder h) {
		h.append("<dt>").append(label).append("</dt><dd>").append(value.isEmpty() ? "<span class=\"muted\">—</span>" : Html.escape(value))
			.append("</dd>");
	}

	private static String join(List<String> values) {
		return String.join(", ", values);
	}

	private void source(StoryRecord r, StringBuilder h) {
		h.append("<section class=\"card\" id=\"source\"><h2>출처</h2><ul class=\"plain\">");
		String web = Html.webLink(r.source());
		h.append("<li>");
		if (web != null) {
			h.append("<a href=\"").append(Html.escape(web)).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
				.append(Html.escape(r.source())).append("</a>");
		} else if (sources.known(r.source())) {
			h.append("<a href=\"").append(Html.escape(Links.to("/sources/raw", "source", r.source()))).append("\">")
				.append(Html.escape(r.source())).append("</a>");
		} else {
			h.append("<span class=\"mono\">").append(Html.escape(r.source())).append("</span>");
		}
		h.append(r.story() > 0 ? " <span class=\"muted\">(" + (r.story() + 1) + "번째 기사)</span>" : "").append("</li>");
		String url = Html.webLink(r.url());
		if (url != null) {
			h.append("<li><a href=\"").append(Html.escape(url)).append("\" target=\"_blank\" rel=\"noopener noreferrer\">기사 원문</a></li>");
		}
		h.append("<li><a href=\"").append(Html.escape(Links.to("/stories", "source", r.source())))
			.append("\">같은 출처의 기사</a></li><li class=\"muted mono\">id ").append(Html.escape(r.id())).append("</li></ul></section>\n");
	}
}
