package org.newsradar.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.StoryRecord;

/**
 * A story record as HTML: the whole {@code <article>} of the report, or its parts (headline and
 * body with the evidence highlighted, chips of topics, regions and facts). Every piece of page
 * text is escaped.
 */
public final class StoryHtml {
	/** Scores of rejected topics below this print as 0.00 and say nothing: they are left out. */
	private static final double MIN_SHOWN_SCORE = 0.005;
	/** Characters of the body a list item shows. */
	private static final int SNIPPET = 180;
	private final TopicStyles styles;

	public StoryHtml(TopicStyles styles) {
		this.styles = styles;
	}

	public String article(StoryRecord r) {
		StringBuilder out = new StringBuilder(r.body().length() * 2 + 1024);
		out.append("<article class=\"story\" data-id=\"").append(Html.escape(r.id()))
			.append("\" data-topics=\"").append(Html.escape(String.join(" ", r.topics())))
			.append("\" data-regions=\"").append(Html.escape(String.join("|", r.regions()))).append('"');
		if (!r.topics().isEmpty()) {
			out.append(" data-topic=\"").append(Html.escape(r.topics().get(0))).append('"');
		}
		out.append(">\n<h3>");
		title(r, out);
		out.append("</h3>\n");
		meta(r, out);
		chips(r, out);
		out.append("<div class=\"body\">");
		body(r, out);
		out.append("</div>\n");
		evidence(r, out);
		out.append("</article>\n");
		return out.toString();
	}

	/** Writes the headline with its evidence in {@code <mark>}s, or a placeholder when it has none. */
	public void title(StoryRecord r, StringBuilder out) {
		if (r.title().isEmpty()) {
			out.append("(제목 없음)");
		} else {
			highlighted(r.title(), spans(r, Evidence.TITLE, r.title()), out);
		}
	}

	/** Writes the body with its evidence in {@code <mark>}s, each marked with its topic. */
	public void body(StoryRecord r, StringBuilder out) {
		highlighted(r.body(), spans(r, Evidence.BODY, r.body()), out);
	}

	/**
	 * Writes a story as an item of a list: its headline linking to {@code href}, date, outlet and
	 * source, the opening of its body, and its chips.
	 */
	public void listItem(StoryRecord r, String href, StringBuilder out) {
		out.append("<li");
		if (!r.topics().isEmpty()) {
			out.append(" data-topic=\"").append(Html.escape(r.topics().get(0))).append('"');
		}
		out.append(" data-id=\"").append(Html.escape(r.id())).append("\"><a class=\"title\" href=\"")
			.append(Html.escape(href)).append("\">");
		Html.escape(r.title().isEmpty() ? "(제목 없음)" : r.title(), out);
		out.append("</a>\n<div class=\"meta\">");
		List<String> parts = new ArrayList<>();
		for (String value : new String[] {r.date(), r.outlet(), r.source() + (r.story() > 0 ? " #" + r.story() : "")}) {
			if (value != null && !value.isBlank()) {
				parts.add(Html.escape(value));
			}
		}
		out.append(String.join(" · ", parts)).append("</div>\n<p class=\"snippet\">");
		Html.escape(opening(r.body()), out);
		out.append("</p>\n");
		chips(r, out);
		out.append("</li>\n");
	}

	/** @return the body's first characters, never cutting a character in two */
	private static String opening(String body) {
		if (body.length() <= SNIPPET) {
			return body;
		}
		int end = Character.isHighSurrogate(body.charAt(SNIPPET - 1)) ? SNIPPET - 1 : SNIPPET;
		return body.substring(0, end) + "…";
	}

	private static void meta(StoryRecord r, StringBuilder out) {
		List<String> parts = new ArrayList<>();
		for (String value : new String[] {r.date(), r.outlet(), r.byline()}) {
			if (value != null && !value.isBlank()) {
				parts.add(Html.escape(value));
			}
		}
		String source = Html.sourceLink(r.source());
		String label = Html.escape(r.source()) + (r.story() > 0 ? " #" + r.story() : "");
		parts.add(source == null ? label : link(source, label));
		String web = Html.webLink(r.url());
		if (web != null) {
			parts.add(link(web, "기사 원문"));
		}
		out.append("<div class=\"meta\">").append(String.join(" · ", parts)).append("</div>\n");
	}

	private static String link(String href, String escapedLabel) {
		return "<a href=\"" + Html.escape(href) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escapedLabel + "</a>";
	}

	/** Writes chips of the accepted topics with their scores, other scored topics, places, facts and errors. */
	public void chips(StoryRecord r, StringBuilder out) {
		out.append("<div class=\"chips\">");
		for (String topic : r.topics()) {
			Double score = r.scores().get(topic);
			chip("topic", topic, styles.label(topic) + (score == null ? "" : " " + score(score)), out);
		}
		new TreeMap<>(r.scores()).forEach((topic, score) -> {
			if (!r.topics().contains(topic) && score >= MIN_SHOWN_SCORE) {
				chip("scored", topic, styles.label(topic) + " " + score(score), out);
			}
		});
		for (String region : r.regions()) {
			chip("region", null, region, out);
		}
		for (String place : r.places()) {
			if (!r.regions().contains(place)) {
				chip("region place", null, place, out);
			}
		}
		for (Long amount : r.amountsKrw()) {
			out.append("<span class=\"chip fact amount\"><data value=\"").append(amount).append("\">")
				.append(Html.escape(won(amount))).append("</data></span>");
		}
		for (String amount : r.otherAmounts()) {
			chip("fact", null, amount, out);
		}
		for (Long jobs : r.jobs()) {
			out.append("<span class=\"chip fact jobs\">일자리 <data value=\"").append(jobs).append("\">")
				.append(String.format(Locale.ROOT, "%,d", jobs)).append("</data>개</span>");
		}
		for (Double mw : r.capacityMw()) {
			out.append("<span class=\"chip fact capacity\"><data value=\"").append(mw).append("\">")
				.append(plain(mw)).append("</data> MW</span>");
		}
		for (String error : r.errors()) {
			chip("error", null, error, out);
		}
		out.append("</div>\n");
	}

	private static void chip(String kind, String topic, String text, StringBuilder out) {
		out.append("<span class=\"chip ").append(kind).append('"');
		if (topic != null) {
			out.append(" data-topic=\"").append(Html.escape(topic)).append('"');
		}
		out.append('>');
		Html.escape(text, out);
		out.append("</span>");
	}

	private void evidence(StoryRecord r, StringBuilder out) {
		Map<String, List<String>> phrases = new TreeMap<>();
		r.evidence().forEach((topic, list) -> list.forEach(e -> {
			List<String> p = phrases.computeIfAbsent(topic, t -> new ArrayList<>());
			if (!p.contains(e.text())) {
				p.add(e.text());
			}
		}));
		if (phrases.isEmpty()) {
			return;
		}
		List<String> parts = new ArrayList<>();
		phrases.forEach((topic, p) -> parts.add(Html.escape(styles.label(topic) + ": " + String.join(", ", p))));
		out.append("<div class=\"evidence\">근거 — ").append(String.join(" · ", parts)).append("</div>\n");
	}

	/** A phrase to highlight: where it stands in the field, and the topic it speaks for. */
	private record Span(int start, int end, String topic) {
	}

	/**
	 * The evidence spans of one field, checked against the text: a span whose offsets do not hold its
	 * phrase falls back to the phrase's first occurrence, and is dropped if the phrase is absent.
	 */
	private static List<Span> spans(StoryRecord r, String field, String text) {
		List<Span> spans = new ArrayList<>();
		r.evidence().forEach((topic, list) -> {
			for (Evidence e : list) {
				if (!e.field().equals(field) || e.text().isEmpty()) {
					continue;
				}
				if (e.end() <= text.length() && text.startsWith(e.text(), e.start()) && e.end() - e.start() == e.text().length()) {
					spans.add(new Span(e.start(), e.end(), topic));
				} else {
					int at = text.indexOf(e.text());
					if (at >= 0) {
						spans.add(new Span(at, at + e.text().length(), topic));
					}
				}
			}
		});
		spans.sort(Comparator.comparingInt(Span::start).thenComparing(Span::topic));
		return spans;
	}

	/** Writes the escaped text with each span in a {@code <mark>}; a span overlapping an earlier one is left out. */
	private void highlighted(String text, List<Span> spans, StringBuilder out) {
		int at = 0;
		for (Span s : spans) {
			if (s.start() < at) {
				continue;
			}
			Html.escape(text.substring(at, s.start()), out);
			out.append("<mark data-topic=\"").append(Html.escape(s.topic())).append("\" title=\"")
				.append(Html.escape(styles.label(s.topic()))).append("\">");
			Html.escape(text.substring(s.start(), s.end()), out);
			out.append("</mark>");
			at = s.end();
		}
		Html.escape(text.substring(at), out);
	}

	private static String score(double score) {
		return String.format(Locale.ROOT, "%.2f", score);
	}

	private static String plain(double number) {
		return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

	/** Won in the Korean way of reading them: 1,200,000,000,000 → {@code 1조 2,000억 원}. */
	public static String won(long amount) {
		if (amount == 0) {
			return "0 원";
		}
		long[] units = {1_000_000_000_000L, 100_000_000L, 10_000L, 1L};
		String[] names = {"조", "억", "만", ""};
		List<String> parts = new ArrayList<>();
		long rest = Math.abs(amount);
		for (int i = 0; i < units.length; i++) {
			long n = rest / units[i];
			rest %= units[i];
			if (n > 0) {
				parts.add(String.format(Locale.ROOT, "%,d", n) + names[i]);
			}
		}
		return (amount < 0 ? "-" : "") + String.join(" ", parts) + " 원";
	}
}
