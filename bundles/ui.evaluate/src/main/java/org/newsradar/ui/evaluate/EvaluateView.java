package org.newsradar.ui.evaluate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.newsradar.render.Html;
import org.newsradar.render.TopicStyles;
import org.newsradar.ui.api.ViewRequest;
import org.newsradar.ui.api.ViewResponse;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Checks the installed classifiers against a gold file: per-topic precision, recall and F1, and the
 * false positives and negatives with their evidence. The evaluation itself is core's, reached
 * through the Gogo command processor ({@code radar:eval}), so the workbench and the shell always
 * agree; its text report is shown as tables.
 */
@Component
public class EvaluateView implements WorkbenchView {
	private static final int MAX_SUGGESTIONS = 20;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile CommandProcessor commands;
	private final TopicStyles styles = new TopicStyles();

	@Override
	public String id() {
		return "evaluate";
	}

	@Override
	public String title() {
		return "평가";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void get(ViewRequest request, ViewResponse response) {
		if (!request.path().isEmpty()) {
			response.error(404, "없는 주소입니다.");
			return;
		}
		response.page("평가", form(request, null, null) + "<section class=\"card\"><p class=\"empty\">금 표준 파일(gold.jsonl)과 "
			+ "그 문서 폴더를 고르면 지금 설치된 분류기로 평가합니다.</p></section>");
	}

	@Override
	public void post(ViewRequest request, ViewResponse response) {
		String gold = request.parameter("gold");
		String docs = request.parameter("docs");
		if (gold == null || gold.isBlank() || docs == null || docs.isBlank()) {
			response.error(400, "금 표준 파일과 문서 폴더를 모두 적어 주세요.");
			return;
		}
		gold = gold.strip();
		docs = docs.strip();
		if (!Files.isRegularFile(Path.of(gold)) || !Files.isDirectory(Path.of(docs))) {
			response.error(400, "금 표준 파일이나 문서 폴더가 없습니다: " + gold + ", " + docs);
			return;
		}
		if (gold.contains("'") || docs.contains("'")) {
			response.error(400, "작은따옴표가 든 경로는 평가할 수 없습니다.");
			return;
		}
		CommandProcessor processor = commands;
		if (processor == null) {
			response.error(503, "평가에는 Gogo 명령 처리기(org.apache.felix.gogo.runtime)가 필요합니다.");
			return;
		}
		String text;
		try {
			text = evaluate(processor, gold, docs);
		} catch (Exception e) {
			response.error(500, "평가하지 못했습니다: " + e.getMessage());
			return;
		}
		response.page("평가", form(request, gold, docs) + result(gold, docs, EvalReport.parse(text)));
	}

	/** Runs {@code radar:eval} (core's evaluation) and returns its report. */
	private static String evaluate(CommandProcessor processor, String gold, String docs) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
			CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
			Object result = session.execute("radar:eval '" + gold + "' '" + docs + "'");
			print.flush();
			return (result == null ? "" : result.toString()) + "\n" + out.toString(StandardCharsets.UTF_8);
		}
	}

	private String form(ViewRequest request, String gold, String docs) {
		StringBuilder h = new StringBuilder(4096);
		h.append("<div class=\"page-head\"><div><h1>평가</h1><p>금 표준 파일과 문서 폴더로 주제별 정밀도·재현율·F1과 ")
			.append("오탐·미탐을 봅니다. 셸의 radar:eval과 같은 평가입니다.</p></div></div>\n")
			.append("<section class=\"card\"><form method=\"post\" action=\"/evaluate\" class=\"toolbar\" id=\"evaluate-form\">")
			.append(request.tokenField())
			.append("<label class=\"field\"><span>금 표준 파일 (JSON Lines)</span><input type=\"text\" name=\"gold\" id=\"gold\" size=\"48\" ")
			.append("list=\"gold-files\" required value=\"").append(gold == null ? "" : Html.escape(gold)).append("\"></label>")
			.append("<label class=\"field\"><span>문서 폴더</span><input type=\"text\" name=\"docs\" id=\"docs\" size=\"40\" ")
			.append("list=\"doc-folders\" required value=\"").append(docs == null ? "" : Html.escape(docs)).append("\"></label>")
			.append("<button class=\"btn primary\" type=\"submit\">평가</button>");
		List<Path> found = goldFiles();
		h.append("<datalist id=\"gold-files\">");
		found.forEach(p -> h.append("<option value=\"").append(Html.escape(p.toString())).append("\">"));
		h.append("</datalist><datalist id=\"doc-folders\">");
		found.stream().map(p -> p.resolveSibling("docs")).filter(Files::isDirectory).distinct()
			.forEach(p -> h.append("<option value=\"").append(Html.escape(p.toString())).append("\">"));
		h.append("</datalist></form>");
		if (!found.isEmpty()) {
			h.append("<p class=\"hint\">작업 폴더 근처에서 찾은 금 표준 파일: ").append(found.size()).append("개 (입력 칸에서 고를 수 있습니다)</p>");
		}
		h.append("</section>\n");
		return h.toString();
	}

	/** Gold files near the working folder (its tree and its parent's, not deep): suggestions only. */
	private static List<Path> goldFiles() {
		List<Path> found = new ArrayList<>();
		for (Path root : List.of(Path.of("."), Path.of(".."))) {
			try (Stream<Path> walk = Files.walk(root, 3)) {
				walk.filter(p -> p.getFileName() != null && p.getFileName().toString().matches("(?i).*gold.*\\.jsonl"))
					.filter(Files::isRegularFile).map(Path::normalize).limit(MAX_SUGGESTIONS).forEach(p -> {
						if (!found.contains(p)) {
							found.add(p);
						}
					});
			} catch (IOException | java.io.UncheckedIOException e) {
				// an unreadable folder just gives no suggestions
			}
		}
		return found.subList(0, Math.min(found.size(), MAX_SUGGESTIONS));
	}

	private String result(String gold, String docs, EvalReport report) {
		StringBuilder h = new StringBuilder(16_384);
		h.append("<section class=\"card\" id=\"scores\"><h2>주제별 점수 <span class=\"count\">").append(Html.escape(gold))
			.append(" · ").append(Html.escape(docs)).append("</span></h2>");
		if (report.rows().isEmpty()) {
			h.append("<p class=\"empty\">평가할 주제가 없습니다.</p>");
		} else {
			h.append("<table class=\"data\"><thead><tr><th>주제</th><th>정밀도</th><th>재현율</th><th>F1</th><th class=\"num\">TP</th>")
				.append("<th class=\"num\">FP</th><th class=\"num\">FN</th></tr></thead><tbody>");
			for (EvalReport.Row r : report.rows()) {
				h.append("<tr data-topic=\"").append(Html.escape(r.topic())).append("\"><td><span class=\"chip topic\" data-topic=\"")
					.append(Html.escape(r.topic())).append("\">").append(Html.escape(styles.label(r.topic()))).append("</span></td>");
				for (double v : new double[] {r.precision(), r.recall(), r.f1()}) {
					h.append("<td><div class=\"score\"><svg viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
						.append("<rect class=\"track\" width=\"100\" height=\"8\" rx=\"4\"/><rect class=\"fill\" width=\"")
						.append(String.format(Locale.ROOT, "%.1f", v * 100)).append("\" height=\"8\" rx=\"4\"/></svg>")
						.append(String.format(Locale.ROOT, "%.3f", v)).append("</div></td>");
				}
				h.append("<td class=\"num\">").append(r.tp()).append("</td><td class=\"num\">").append(r.fp()).append("</td><td class=\"num\">")
					.append(r.fn()).append("</td></tr>");
			}
			h.append("</tbody></table>");
		}
		if (report.macro() != null) {
			h.append("<p class=\"hint\" id=\"macro\">").append(Html.escape(report.macro())).append("</p>");
		}
		h.append("</section>\n");
		report.sections().forEach((name, lines) -> {
			String title = switch (name) {
				case "false positives" -> "오탐 (정답에 없는데 채택)";
				case "false negatives" -> "미탐 (정답인데 기각)";
				case "problems" -> "문제";
				default -> name;
			};
			h.append("<section class=\"card\" id=\"").append(name.replace(' ', '-')).append("\"><h2>").append(title)
				.append(" <span class=\"count\">").append(lines.size()).append("</span></h2>");
			if (lines.isEmpty()) {
				h.append("<p class=\"empty\">없습니다.</p>");
			} else {
				h.append("<ul class=\"plain mono\">");
				lines.forEach(l -> h.append("<li>").append(Html.escape(l)).append("</li>"));
				h.append("</ul>");
			}
			h.append("</section>\n");
		});
		if (!report.other().isEmpty()) {
			h.append("<section class=\"card\"><h2>그 밖의 출력</h2><pre class=\"report\">").append(Html.escape(String.join("\n", report.other())))
				.append("</pre></section>\n");
		}
		return h.toString();
	}
}
