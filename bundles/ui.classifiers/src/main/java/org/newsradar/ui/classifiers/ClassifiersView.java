package org.newsradar.ui.classifiers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.ShadowReport;
import org.newsradar.render.Html;
import org.newsradar.render.TopicStyles;
import org.newsradar.ui.api.Links;
import org.newsradar.ui.api.StoryStore;
import org.newsradar.ui.api.Upload;
import org.newsradar.ui.api.ViewRequest;
import org.newsradar.ui.api.ViewResponse;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The classifiers: what serves each topic (bundle, version, ranking) and what stands by; installing
 * a classifier bundle by upload; starting, stopping and uninstalling classifier bundles; shadowing
 * a candidate, reading how it disagrees with the active classifier, and promoting it. Everything
 * goes through the {@link ClassifierAdmin} and the framework, as the shell's commands do, with the
 * same effects. Only classifier bundles can be stopped or removed here, never the workbench's own.
 */
@Component
public class ClassifiersView implements WorkbenchView {
	@Reference
	private Pipeline pipeline;
	@Reference
	private ClassifierAdmin admin;
	@Reference
	private StoryStore store;
	private BundleContext context;
	private BundleInstaller installer;
	private final TopicStyles styles = new TopicStyles();
	/** Bundles seen serving a classifier (or installed here): they stay listed while stopped. */
	private final Set<Long> classifierBundles = ConcurrentHashMap.newKeySet();

	@Activate
	void activate(BundleContext context) {
		this.context = context;
		this.installer = new BundleInstaller(context);
	}

	@Override
	public String id() {
		return "classifiers";
	}

	@Override
	public String title() {
		return "분류기";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void get(ViewRequest request, ViewResponse response) {
		if (!request.path().isEmpty()) {
			response.error(404, "없는 주소입니다.");
			return;
		}
		List<ClassifierInfo> classifiers = pipeline.classifiers();
		classifiers.forEach(c -> classifierBundles.add(c.bundleId()));
		StringBuilder h = new StringBuilder(32_768);
		h.append("<div class=\"page-head\"><div><h1>분류기</h1><p>주제마다 서비스 순위가 가장 높은(또는 승격된) 분류기가 판정하고, ")
			.append("나머지는 대기합니다. 셸의 radar:shadow, radar:promote와 같은 일을 합니다.</p></div></div>\n");
		h.append("<div id=\"classifiers-live\" data-live=\"classifiers stories\" class=\"stack\">\n");
		topics(request, classifiers, h);
		shadows(request, h);
		bundles(request, h);
		h.append("</div>\n");
		install(request, h);
		response.page("분류기", h);
	}

	private void topics(ViewRequest request, List<ClassifierInfo> classifiers, StringBuilder h) {
		h.append("<section class=\"card\" id=\"topics\"><h2>주제별 분류기</h2>");
		if (classifiers.isEmpty()) {
			h.append("<p class=\"empty\">등록된 분류기가 없습니다.</p></section>\n");
			return;
		}
		Map<String, List<ClassifierInfo>> byTopic = new TreeMap<>();
		classifiers.forEach(c -> byTopic.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c));
		h.append("<table class=\"data\"><thead><tr><th>주제</th><th>상태</th><th>번들</th><th>버전</th><th class=\"num\">번들 ID</th>")
			.append("<th class=\"num\">순위</th><th></th></tr></thead><tbody>\n");
		byTopic.forEach((topic, list) -> {
			for (ClassifierInfo c : list) {
				h.append("<tr data-topic=\"").append(Html.escape(topic)).append("\" data-bundle=\"").append(Html.escape(c.bundle()))
					.append("\" data-state=\"").append(c.active() ? "active" : "standby").append("\"><td>")
					.append("<span class=\"chip topic\" data-topic=\"").append(Html.escape(topic)).append("\">")
					.append(Html.escape(styles.label(topic))).append("</span> <span class=\"muted mono\">").append(Html.escape(topic))
					.append("</span></td><td>").append(c.active() ? "<span class=\"tag good\">판정 중</span>" : "<span class=\"tag\">대기</span>")
					.append("</td><td class=\"mono\">").append(Html.escape(c.bundle())).append("</td><td>").append(Html.escape(c.version()))
					.append("</td><td class=\"num\">").append(c.bundleId()).append("</td><td class=\"num\">").append(c.ranking())
					.append("</td><td><div class=\"toolbar\">");
				if (!c.active()) {
					action(request, "/classifiers/shadow", "그림자 실행", "btn small", h, "topic", topic, "bundle", String.valueOf(c.bundleId()));
					action(request, "/classifiers/promote", "승격", "btn small primary", h, "topic", topic, "bundle",
						String.valueOf(c.bundleId()));
				} else if (list.size() > 1) {
					action(request, "/classifiers/unpin", "순위대로", "btn small", h, "topic", topic);
				}
				h.append("</div></td></tr>\n");
			}
		});
		h.append("</tbody></table><p class=\"hint\">그림자 실행: 후보를 판정 중인 분류기 옆에서 모든 새 기사에 돌려 보되 결과에는 ")
			.append("반영하지 않습니다. 승격: 순위와 상관없이 후보가 그 주제를 판정합니다(재시작 후에도). 순위대로: 승격을 풉니다.</p></section>\n");
	}

	private void shadows(ViewRequest request, StringBuilder h) {
		ShadowReport report = admin.shadowReport();
		h.append("<section class=\"card\" id=\"shadow-report\"><h2>그림자 실행 보고서</h2>");
		if (report.topics().isEmpty()) {
			h.append("<p class=\"empty\">그림자 실행 중인 후보가 없습니다. 위 표의 대기 분류기에서 ‘그림자 실행’을 누르세요.</p></section>\n");
			return;
		}
		for (ShadowReport.Tally t : report.topics()) {
			h.append("<div class=\"tally\" data-topic=\"").append(Html.escape(t.topic())).append("\"><p><span class=\"chip topic\" data-topic=\"")
				.append(Html.escape(t.topic())).append("\">").append(Html.escape(styles.label(t.topic()))).append("</span> 후보 <code>")
				.append(Html.escape(t.candidate())).append("</code> 대 판정 중 <code>").append(Html.escape(t.active())).append("</code> ")
				.append(t.running() ? "<span class=\"tag info\">실행 중</span>" : "<span class=\"tag\">멈춤</span>").append("</p>")
				.append(String.format(Locale.ROOT, "<p class=\"agreement\">기사 <strong>%d</strong>건 비교, <strong>%d</strong>건 일치 (%.1f%%), "
					+ "<strong>%d</strong>건 불일치</p>", t.stories(), t.agreements(), 100 * t.agreement(), t.stories() - t.agreements()));
			if (t.running()) {
				action(request, "/classifiers/shadow/stop", "그림자 실행 멈추기", "btn small", h, "topic", t.topic());
			}
			if (!t.disagreements().isEmpty()) {
				h.append("<table class=\"data\"><thead><tr><th>기사</th><th>판정 중</th><th>후보</th></tr></thead><tbody>");
				for (ShadowReport.Disagreement d : t.disagreements()) {
					h.append("<tr><td>");
					String title = d.title().isEmpty() ? "(제목 없음)" : d.title();
					if (store.story(d.storyId()).isPresent()) {
						h.append("<a href=\"/stories/story/").append(Html.escape(Links.encode(d.storyId()))).append("\">")
							.append(Html.escape(title)).append("</a>");
					} else {
						h.append(Html.escape(title));
					}
					h.append("<div class=\"muted\">").append(Html.escape(d.source())).append(" #").append(d.story()).append("</div></td><td>");
					decision(d.active(), h);
					h.append("</td><td>");
					decision(d.candidate(), h);
					h.append("</td></tr>");
				}
				h.append("</tbody></table>");
			}
			h.append("</div>");
		}
		h.append("</section>\n");
	}

	private static void decision(ShadowReport.Decision d, StringBuilder h) {
		h.append("<div class=\"decision\">").append(d.accepted() ? "<span class=\"tag good\">채택</span>" : "<span class=\"tag\">기각</span>")
			.append(String.format(Locale.ROOT, "%.3f", d.score()));
		if (!d.evidence().isEmpty()) {
			h.append("<div class=\"muted\">근거: ");
			List<String> phrases = new ArrayList<>();
			d.evidence().forEach(e -> phrases.add(Html.escape(e.text())));
			h.append(String.join(", ", phrases)).append("</div>");
		}
		h.append("</div>");
	}

	private void bundles(ViewRequest request, StringBuilder h) {
		h.append("<section class=\"card\" id=\"bundles\"><h2>분류기 번들</h2><table class=\"data\"><thead><tr><th class=\"num\">ID</th>")
			.append("<th>번들</th><th>버전</th><th>상태</th><th>위치</th><th></th></tr></thead><tbody>\n");
		for (long id : new java.util.TreeSet<>(classifierBundles)) {
			Bundle b = context.getBundle(id);
			if (b == null) {
				classifierBundles.remove(id);
				continue;
			}
			boolean active = b.getState() == Bundle.ACTIVE;
			h.append("<tr data-bundle=\"").append(Html.escape(String.valueOf(b.getSymbolicName()))).append("\"><td class=\"num\">").append(id)
				.append("</td><td class=\"mono\">").append(Html.escape(String.valueOf(b.getSymbolicName()))).append("</td><td>")
				.append(Html.escape(b.getVersion().toString())).append("</td><td>")
				.append(active ? "<span class=\"tag good\">실행</span>" : "<span class=\"tag warn\">" + state(b) + "</span>")
				.append("</td><td class=\"wrap muted\">").append(Html.escape(b.getLocation())).append("</td><td><div class=\"toolbar\">");
			action(request, "/classifiers/bundle", active ? "중지" : "시작", "btn small", h, "id", String.valueOf(id), "action",
				active ? "stop" : "start");
			action(request, "/classifiers/bundle", "제거", "btn small danger", h, "id", String.valueOf(id), "action", "uninstall");
			h.append("</div></td></tr>\n");
		}
		h.append("</tbody></table></section>\n");
	}

	private void install(ViewRequest request, StringBuilder h) {
		h.append("<section class=\"card\" id=\"install\"><h2>분류기 설치</h2><form method=\"post\" action=\"/classifiers/upload\" ")
			.append("enctype=\"multipart/form-data\" class=\"toolbar\">").append(request.tokenField())
			.append("<input type=\"file\" name=\"jar\" id=\"jar\" accept=\".jar,application/java-archive\" required>")
			.append("<button class=\"btn primary\" type=\"submit\">올려서 설치</button></form>")
			.append("<p class=\"hint\">org.newsradar.api.classify를 쓰는 OSGi 번들 jar만 받습니다. 설치하면 바로 시작하고, ")
			.append("재시작 뒤에도 남습니다. 같은 주제의 분류기가 있으면 서비스 순위가 높은 쪽이 판정합니다.</p></section>\n");
	}

	private static String state(Bundle b) {
		return switch (b.getState()) {
			case Bundle.INSTALLED -> "설치됨";
			case Bundle.RESOLVED -> "중지됨";
			case Bundle.STARTING -> "시작 중";
			case Bundle.STOPPING -> "중지 중";
			default -> "상태 " + b.getState();
		};
	}

	/** A button that POSTs the given parameters with the session token. */
	private static void action(ViewRequest request, String path, String label, String classes, StringBuilder h, String... params) {
		h.append("<form class=\"inline\" method=\"post\" action=\"").append(path).append("\">").append(request.tokenField());
		for (int i = 0; i < params.length; i += 2) {
			h.append("<input type=\"hidden\" name=\"").append(params[i]).append("\" value=\"").append(Html.escape(params[i + 1]))
				.append("\">");
		}
		h.append("<button class=\"").append(classes).append("\" type=\"submit\">").append(label).append("</button></form>");
	}

	@Override
	public void post(ViewRequest request, ViewResponse response) throws IOException {
		try {
			switch (request.path()) {
				case "/upload" -> upload(request, response);
				case "/bundle" -> bundle(request, response);
				case "/shadow" -> {
					admin.shadow(required(request, "topic"), bundleId(request));
					response.redirect("/classifiers", "그림자 실행을 시작했습니다: " + request.parameter("topic") + " ← 번들 "
						+ request.parameter("bundle"));
				}
				case "/shadow/stop" -> {
					admin.stopShadow(required(request, "topic"));
					response.redirect("/classifiers", "그림자 실행을 멈췄습니다: " + request.parameter("topic"));
				}
				case "/promote" -> {
					admin.promote(required(request, "topic"), bundleId(request));
					response.redirect("/classifiers", "승격했습니다: " + request.parameter("topic") + " ← 번들 " + request.parameter("bundle"));
				}
				case "/unpin" -> {
					admin.unpin(required(request, "topic"));
					response.redirect("/classifiers", "서비스 순위가 다시 판정 분류기를 정합니다: " + request.parameter("topic"));
				}
				default -> response.error(404, "없는 주소입니다.");
			}
		} catch (IllegalArgumentException e) {
			response.error(400, e.getMessage());
		}
	}

	private void upload(ViewRequest request, ViewResponse response) throws IOException {
		Upload upload;
		try {
			upload = request.upload("jar").orElse(null);
		} catch (IOException e) {
			response.error(413, "올린 파일을 받지 않았습니다: " + e.getMessage());
			return;
		}
		if (upload == null || upload.bytes().length == 0) {
			response.error(400, "설치할 jar 파일을 고르세요.");
			return;
		}
		BundleInstaller.Installed installed;
		try {
			installed = installer.install(upload.bytes());
		} catch (BundleInstaller.Refused e) {
			response.error(400, "설치하지 않았습니다: " + e.getMessage());
			return;
		}
		classifierBundles.add(installed.bundle().getBundleId());
		response.redirect("/classifiers", "설치하고 시작했습니다: " + installed.bundle().getSymbolicName() + " "
			+ installed.bundle().getVersion() + " (번들 " + installed.bundle().getBundleId() + ")"
			+ (installed.topics().isEmpty() ? " — 아직 분류기를 등록하지 않았습니다" : " — 주제: " + String.join(", ", installed.topics())));
	}

	private void bundle(ViewRequest request, ViewResponse response) {
		long id = number(required(request, "id"));
		Bundle b = context.getBundle(id);
		if (b == null || !classifierBundles.contains(id)) {
			response.error(400, "분류기 번들이 아닙니다: " + id);
			return;
		}
		String action = required(request, "action");
		String name = b.getSymbolicName() + " " + b.getVersion();
		try {
			switch (action) {
				case "start" -> b.start();
				case "stop" -> b.stop();
				case "uninstall" -> {
					b.uninstall();
					classifierBundles.remove(id);
				}
				default -> {
					response.error(400, "모르는 동작입니다: " + action);
					return;
				}
			}
		} catch (BundleException e) {
			response.error(500, name + ": " + e.getMessage());
			return;
		}
		String done = switch (action) {
			case "start" -> "시작했습니다";
			case "stop" -> "중지했습니다";
			default -> "제거했습니다";
		};
		response.redirect("/classifiers", done + ": " + name);
	}

	private static String required(ViewRequest request, String name) {
		String value = request.parameter(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("'" + name + "' 값이 없습니다.");
		}
		return value.strip();
	}

	private static long bundleId(ViewRequest request) {
		return number(required(request, "bundle"));
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("번들 ID가 아닙니다: " + text);
		}
	}
}
