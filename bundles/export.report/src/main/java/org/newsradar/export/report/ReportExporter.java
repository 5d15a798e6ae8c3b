package org.newsradar.export.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.export.part.PartFile;
import org.newsradar.render.BarChart;
import org.newsradar.render.Html;
import org.newsradar.render.StoryHtml;
import org.newsradar.render.Styles;
import org.newsradar.render.TopicStyles;
import org.osgi.service.component.annotations.Component;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, SVG and script; a content
 * security policy forbids every fetch) with the run summary, charts of stories per topic and per
 * 시·도, and the filterable list of stories with their evidence highlighted.
 * <p>
 * Stories are rendered as they arrive into a hidden {@link PartFile}, keeping only counts in memory;
 * the charts and filters need the whole run, so on commit the page is assembled from a head
 * written then, the parts, and the script, and moved into place. The next run removes the part
 * files of a run that was killed.
 */
@Component(property = Exporter.FORMAT + "=" + ReportExporter.FORMAT_NAME)
public class ReportExporter implements Exporter {
	static final String FORMAT_NAME = "report";
	static final String FILE_NAME = "report.html";

	@Override
	public String format() {
		return FORMAT_NAME;
	}

	@Override
	public ExportWriter open(ExportTarget target) throws IOException {
		return new ReportWriter(target.directory().resolve(FILE_NAME));
	}

	private static final class ReportWriter implements ExportWriter {
		private final Path target;
		private final PartFile storiesPart;
		private final PartFile errorsPart;
		private final Writer stories;
		private final Writer errors;
		private final TopicStyles styles = new TopicStyles();
		private final StoryHtml storyHtml = new StoryHtml(styles);
		private final Tally tally = new Tally();
		private PartFile page;

		ReportWriter(Path target) throws IOException {
			this.target = target;
			this.storiesPart = PartFile.create(target, "stories");
			try {
				this.errorsPart = PartFile.create(target, "errors");
			} catch (IOException e) {
				storiesPart.close();
				throw e;
			}
			this.stories = storiesPart.writer();
			this.errors = errorsPart.writer();
		}

		@Override
		public void story(StoryRecord record) throws IOException {
			tally.add(record);
			stories.write(storyHtml.article(record));
		}

		@Override
		public void error(SourceError error) throws IOException {
			tally.sourceErrors++;
			String source = Html.sourceLink(error.source());
			String label = Html.escape(error.source());
			errors.write("<tr><td>" + (source == null ? label : "<a href=\"" + Html.escape(source) + "\">" + label + "</a>")
				+ "</td><td>" + Html.escape(error.error()) + "</td></tr>\n");
		}

		@Override
		public void commit(RunSummary summary) throws IOException {
			page = PartFile.create(target, null);
			String nonce = nonce();
			Writer out = page.writer();
			out.write(head(summary, nonce));
			storiesPart.copyTo(out);
			if (tally.stories == 0) {
				out.write("<p class=\"empty\">기사가 없습니다.</p>\n");
			}
			out.write("</section>\n");
			if (tally.sourceErrors > 0) {
				out.write("<section class=\"errors\"><h2>읽지 못한 입력 " + tally.sourceErrors + "건</h2>\n"
					+ "<table><thead><tr><th>입력</th><th>오류</th></tr></thead><tbody>\n");
				errorsPart.copyTo(out);
				out.write("</tbody></table></section>\n");
			}
			out.write("</main>\n<script nonce=\"" + nonce + "\">\n" + resource("report.js") + "</script>\n</body>\n</html>\n");
			page.moveTo(target);
			close();
		}

		private String head(RunSummary summary, String nonce) {
			StringBuilder h = new StringBuilder(16_384);
			h.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
				.append("script-src 'nonce-").append(nonce).append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
				.append("<meta name=\"referrer\" content=\"no-referrer\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>newsradar 보고서</title>\n<style>\n").append(Styles.base()).append(resource("report.css"))
				.append(styles.css(tally.topics)).append("</style>\n</head>\n<body>\n");
			h.append("<header class=\"top\"><h1>newsradar 보고서</h1><p>")
				.append(Html.escape(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT))))
				.append(" · ").append(Html.escape(summary.describe())).append("</p></header>\n<main>\n");
			h.append("<dl class=\"summary\">");
			summaryItem("입력", summary.sources(), h);
			summaryItem("읽지 못한 입력", summary.failedSources(), h);
			summaryItem("건너뛴 파일", summary.skipped(), h);
			summaryItem("기사", summary.stories(), h);
			summaryItem("처리 오류 기사", summary.storyErrors(), h);
			h.append("<div><dt>소요 시간</dt><dd>")
				.append(String.format(Locale.ROOT, "%.1f초", summary.elapsed().toMillis() / 1000.0)).append("</dd></div>");
			h.append("</dl>\n");
			Charts charts = new Charts(styles);
			h.append("<section class=\"charts\">\n<div class=\"chart\" id=\"chart-topics\"><h2>주제별 기사</h2>")
				.append(charts.topics(tally)).append(legend())
				.append("</div>\n<div class=\"chart\" id=\"chart-regions\"><h2>시·도별 기사</h2>").append(charts.regions(tally))
				.append(legend()).append("<p class=\"note\">주제가 둘인 기사는 두 주제에 모두 셉니다. 막대를 누르면 목록을 거릅니다.</p></div>\n</section>\n");
			filters(h);
			return h.toString();
		}

		private static void summaryItem(String label, int value, StringBuilder h) {
			h.append("<div><dt>").append(label).append("</dt><dd>").append(String.format(Locale.ROOT, "%,d", value))
				.append("</dd></div>");
		}

		private String legend() {
			StringBuilder l = new StringBuilder("<div class=\"legend\">");
			for (String topic : tally.topics) {
				l.append("<span data-topic=\"").append(Html.escape(topic)).append("\">").append(Html.escape(styles.label(topic)))
					.append("</span>");
			}
			return l.append("<span>").append(BarChart.NO_TOPIC_LABEL).append("</span></div>").toString();
		}

		private void filters(StringBuilder h) {
			h.append("<section id=\"stories\">\n<div class=\"stories-head\"><h2>기사 목록</h2><div class=\"filters\">")
				.append("<select id=\"filter-topic\" aria-label=\"주제\"><option value=\"\">모든 주제</option>");
			for (String topic : tally.topics) {
				h.append("<option value=\"").append(Html.escape(topic)).append("\">").append(Html.escape(styles.label(topic)))
					.append("</option>");
			}
			h.append("<option value=\"").append(Tally.NO_TOPIC).append("\">주제 없음</option></select>")
				.append("<select id=\"filter-region\" aria-label=\"시·도\"><option value=\"\">모든 시·도</option>");
			for (String region : tally.storiesPerRegion.keySet()) {
				h.append("<option value=\"").append(Html.escape(region)).append("\">").append(Html.escape(region))
					.append("</option>");
			}
			h.append("</select><input id=\"filter-text\" type=\"search\" placeholder=\"제목·본문·출처 검색\" aria-label=\"검색\">")
				.append("</div><span class=\"shown\"><span id=\"shown\">").append(tally.stories).append("</span> / <span id=\"total\">")
				.append(tally.stories).append("</span>건 표시</span></div>\n");
		}

		/** Removes the parts, and the page unless it was moved into place. */
		@Override
		public void close() throws IOException {
			try (storiesPart; errorsPart) {
				if (page != null) {
					page.close();
				}
			}
		}
	}

	private static String nonce() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static String resource(String name) {
		try (InputStream in = ReportExporter.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
