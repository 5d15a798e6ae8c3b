package org.newsradar.ui.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newsradar.render.Html;
import org.newsradar.ui.api.Links;
import org.newsradar.ui.api.SourceEntry;
import org.newsradar.ui.api.Upload;
import org.newsradar.ui.api.Sources;
import org.newsradar.ui.api.ViewRequest;
import org.newsradar.ui.api.ViewResponse;
import org.newsradar.ui.api.Watch;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What was ingested, when, and what failed and why; the watched folders and feeds; and forms to
 * read or watch more, or to send a page file from the browser. {@code /sources/raw?source=…} shows a local source as it was read, only for
 * sources this session ingested (no other file of the machine can be asked for).
 */
@Component
public class SourcesView implements WorkbenchView {
	private static final int SHOWN = 300;
	/** Larger source files are not shown: no page is this big. */
	private static final long MAX_RAW_BYTES = 16L * 1024 * 1024;
	private static final Pattern WEB = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
		.withZone(ZoneId.systemDefault());

	@Reference
	private Sources sources;
	private PageUploads uploads;

	@Activate
	void activate(BundleContext context) {
		uploads = new PageUploads(context.getDataFile("uploads").toPath());
	}

	@Override
	public String id() {
		return "sources";
	}

	@Override
	public String title() {
		return "입력";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void get(ViewRequest request, ViewResponse response) throws IOException {
		switch (request.path()) {
			case "" -> response.page("입력", page(request));
			case "/raw" -> raw(request.parameter("source"), response);
			default -> response.error(404, "없는 주소입니다.");
		}
	}

	@Override
	public void post(ViewRequest request, ViewResponse response) throws IOException {
		if (request.path().equals("/upload")) {
			upload(request, response);
			return;
		}
		String input = request.parameter("input");
		if (input == null || input.isBlank()) {
			response.error(400, "읽을 파일, 폴더 또는 주소를 적어 주세요.");
			return;
		}
		switch (request.path()) {
			case "/ingest" -> {
				sources.ingest(input);
				response.redirect("/sources", "읽기 시작했습니다: " + input.strip());
			}
			case "/watch" -> {
				try {
					sources.watch(input);
					response.redirect("/sources", "감시를 시작했습니다: " + input.strip());
				} catch (IllegalArgumentException e) {
					response.error(400, "감시할 수 없습니다: " + e.getMessage());
				}
			}
			default -> response.error(404, "없는 주소입니다.");
		}
	}

	/** A page sent from the browser: kept in this bundle's data folder under a safe name, then read once. */
	private void upload(ViewRequest request, ViewResponse response) {
		Upload page;
		try {
			page = request.upload("page").orElse(null);
		} catch (IOException e) {
			response.error(413, "올린 파일을 받지 않았습니다: " + e.getMessage());
			return;
		}
		if (page == null || page.bytes().length == 0) {
			response.error(400, "읽을 페이지 파일을 고르세요.");
			return;
		}
		String name = PageUploads.safeName(page.fileName());
		if (name == null) {
			response.error(400, "페이지 파일(.html, .htm, .txt)만 받습니다: " + page.fileName());
			return;
		}
		try {
			Path saved = uploads.save(name, page.bytes());
			sources.ingest(saved.toString());
			response.redirect("/sources", "올린 페이지를 읽기 시작했습니다: " + name);
		} catch (IOException e) {
			response.error(500, "올린 페이지를 저장하지 못했습니다: " + e.getMessage());
		}
	}

	private String page(ViewRequest request) {
		StringBuilder h = new StringBuilder(32_768);
		h.append("<div class=\"page-head\"><div><h1>입력</h1><p>읽은 파일과 주소, 실패한 것과 그 이유, 감시 중인 폴더와 피드.</p></div></div>\n");
		h.append("<div class=\"grid\">\n<section class=\"card\"><h2>한 번 읽기</h2><form method=\"post\" action=\"/sources/ingest\">")
			.append(request.tokenField())
			.append("<label class=\"field\"><span>파일, 폴더, 기사 주소 또는 RSS·Atom 피드</span><input type=\"text\" class=\"wide\" ")
			.append("name=\"input\" id=\"ingest-input\" required placeholder=\"pages/ 또는 https://…\"></label>")
			.append("<button class=\"btn primary\" type=\"submit\">읽기</button></form>")
			.append("<form method=\"post\" action=\"/sources/upload\" enctype=\"multipart/form-data\" class=\"toolbar upload\">")
			.append(request.tokenField())
			.append("<input type=\"file\" name=\"page\" id=\"page-file\" accept=\".html,.htm,.txt\" required>")
			.append("<button class=\"btn\" type=\"submit\">페이지 올려서 읽기</button></form></section>\n")
			.append("<section class=\"card\"><h2>감시 추가</h2><form method=\"post\" action=\"/sources/watch\">").append(request.tokenField())
			.append("<label class=\"field\"><span>폴더 (새 파일을 바로 읽음) 또는 피드 주소 (주기적으로 다시 읽음)</span>")
			.append("<input type=\"text\" class=\"wide\" name=\"input\" id=\"watch-input\" required placeholder=\"inbox/ 또는 https://…/rss\"></label>")
			.append("<button class=\"btn\" type=\"submit\">감시</button></form></section>\n</div>\n");
		h.append("<div id=\"sources-live\" data-live=\"sources\" class=\"stack\">\n");
		watches(h);
		log(h);
		h.append("</div>\n");
		return h.toString();
	}

	private void watches(StringBuilder h) {
		List<Watch> watches = sources.watches();
		h.append("<section class=\"card\" id=\"watches\"><h2>감시 중 <span class=\"count\">").append(watches.size())
			.append("</span></h2>");
		if (watches.isEmpty()) {
			h.append("<p class=\"empty\">감시 중인 폴더나 피드가 없습니다.</p></section>\n");
			return;
		}
		h.append("<table class=\"data\"><thead><tr><th>종류</th><th>폴더·피드</th><th>마지막 확인</th><th class=\"num\">읽은 수</th>")
			.append("<th>문제</th></tr></thead><tbody>");
		for (Watch w : watches) {
			h.append("<tr><td><span class=\"tag info\">").append(w.feed() ? "피드" : "폴더").append("</span></td><td class=\"wrap mono\">")
				.append(Html.escape(w.input())).append("</td><td>").append(time(w.lastChecked())).append("</td><td class=\"num\">")
				.append(w.sources()).append("</td><td>")
				.append(w.problem() == null ? "<span class=\"muted\">—</span>" : "<span class=\"tag bad\">" + Html.escape(w.problem()) + "</span>")
				.append("</td></tr>");
		}
		h.append("</tbody></table></section>\n");
	}

	private void log(StringBuilder h) {
		List<SourceEntry> entries = sources.recent(SHOWN);
		String activity = sources.activity();
		h.append("<section class=\"card\" id=\"log\"><h2>읽은 기록 <span class=\"count\">최근 ").append(entries.size())
			.append("건</span></h2>");
		if (activity != null) {
			h.append("<p class=\"hint\">").append(Html.escape(activity)).append("</p>");
		}
		if (entries.isEmpty()) {
			h.append("<p class=\"empty\">아직 읽은 것이 없습니다.</p></section>\n");
			return;
		}
		h.append("<table class=\"data\"><thead><tr><th>시각</th><th>상태</th><th>입력</th><th class=\"num\">기사</th>")
			.append("<th class=\"num\">새 기사</th><th>이유</th><th>경로</th></tr></thead><tbody>");
		for (SourceEntry e : entries) {
			h.append("<tr data-status=\"").append(e.status().name().toLowerCase(Locale.ROOT)).append("\"><td>").append(time(e.at()))
				.append("</td><td>").append(status(e.status())).append("</td><td class=\"wrap\">");
			if (e.stories() > 0) {
				h.append("<a href=\"").append(Html.escape(Links.to("/stories", "source", e.source()))).append("\">")
					.append(Html.escape(e.source())).append("</a>");
			} else {
				h.append(Html.escape(e.source()));
			}
			h.append("</td><td class=\"num\">").append(e.stories()).append("</td><td class=\"num\">").append(e.added())
				.append("</td><td>").append(e.reason() == null ? "" : Html.escape(e.reason())).append("</td><td class=\"wrap muted\">")
				.append(e.via() == null ? "직접" : Html.escape(e.via())).append("</td></tr>");
		}
		h.append("</tbody></table></section>\n");
	}

	private static String status(SourceEntry.Status s) {
		return switch (s) {
			case READ -> "<span class=\"tag good\">읽음</span>";
			case FAILED -> "<span class=\"tag bad\">실패</span>";
			case SKIPPED -> "<span class=\"tag warn\">건너뜀</span>";
		};
	}

	private static String time(Instant at) {
		return at == null ? "<span class=\"muted\">—</span>" : TIME.format(at);
	}

	/** A local source this session read, as it is on disk now. */
	private void raw(String source, ViewResponse response) throws IOException {
		if (source == null || WEB.matcher(source).matches() || !sources.known(source)) {
			response.error(404, "이 세션에서 읽은 로컬 입력만 볼 수 있습니다.");
			return;
		}
		Path file = Path.of(source);
		if (!Files.isRegularFile(file) || Files.size(file) > MAX_RAW_BYTES) {
			response.error(404, "파일이 없거나 너무 큽니다: " + source);
			return;
		}
		try (InputStream in = Files.newInputStream(file)) {
			response.content("text/plain", in.readAllBytes());
		}
	}
}
