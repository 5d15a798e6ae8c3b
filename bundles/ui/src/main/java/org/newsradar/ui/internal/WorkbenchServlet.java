package org.newsradar.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.render.Html;
import org.newsradar.render.Styles;
import org.newsradar.render.TopicStyles;
import org.newsradar.ui.api.StoryStore;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The workbench shell: one servlet for every address. It lays out the views registered as
 * {@link WorkbenchView} services (navigation in their order; per id, the highest-ranked view),
 * serves the bundle's assets and the live event stream, and does the safety work for every view:
 * only requests addressed to the local host are answered (a page elsewhere cannot reach the
 * workbench by rebinding its name), every POST must carry the session's token, uploads are capped,
 * and every page is served under a content security policy that runs only the workbench's own script.
 */
@Component(service = Servlet.class, configurationPid = WorkbenchServlet.PID)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletMultipart(maxFileSize = WorkbenchServlet.MULTIPART_CEILING, maxRequestSize = WorkbenchServlet.MULTIPART_CEILING)
@Designate(ocd = WorkbenchServlet.Config.class)
public class WorkbenchServlet extends HttpServlet {
	private static final long serialVersionUID = 1L;
	static final String PID = "org.newsradar.ui.workbench";
	/** Every answer carries it, so the serve command can tell the workbench from another program on its port. */
	static final String HEADER = "X-Newsradar-Workbench";
	static final String TOKEN_FIELD = "csrf";
	static final String TOKEN_HEADER = "X-CSRF-Token";
	/** The container refuses multipart requests above this; the configured limit is checked below it. */
	static final long MULTIPART_CEILING = 256L * 1024 * 1024;
	private static final String TOKEN = "newsradar.csrf";
	private static final String NOTICE = "newsradar.notice";
	/** The header workbench.js sends with the fetches that re-render a page's live parts. */
	private static final String LIVE_REFRESH = "X-Newsradar-Refresh";
	private static final Pattern VIEW_ID = Pattern.compile("[a-z0-9-]+");
	private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(css|js|svg)");
	private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
	private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
		+ "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@ObjectClassDefinition(name = "newsradar workbench", description = "The web workbench's pages.")
	public @interface Config {
		@AttributeDefinition(description = "Largest file accepted by an upload, in bytes.")
		long upload_max_bytes() default 16L * 1024 * 1024;

		@AttributeDefinition(description = "Host names the workbench answers besides the local host"
			+ " (needed when it listens on another address).")
		String[] allowed_hosts() default {};
	}

	@Reference
	private transient EventHub events;
	@Reference
	private transient StoryStore store;
	@Reference
	private transient Pipeline pipeline;
	/** Views by service reference, highest ranking first. */
	private final transient Map<ServiceReference<WorkbenchView>, WorkbenchView> views =
		new ConcurrentSkipListMap<>(Collections.reverseOrder());
	private final transient TopicStyles styles = new TopicStyles();
	private final transient SecureRandom random = new SecureRandom();
	private transient BundleContext context;
	private volatile transient Config config;

	@Activate
	@Modified
	void activate(BundleContext context, Config config) {
		this.context = context;
		this.config = config;
	}

	@Reference(service = WorkbenchView.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addView(ServiceReference<WorkbenchView> ref, WorkbenchView view) {
		views.put(ref, view);
	}

	void removeView(ServiceReference<WorkbenchView> ref) {
		views.remove(ref);
	}

	/** @return the view shown for each id, in navigation order */
	List<WorkbenchView> shownViews() {
		Map<String, WorkbenchView> byId = new LinkedHashMap<>();
		views.values().forEach(v -> byId.putIfAbsent(v.id(), v));
		List<WorkbenchView> shown = new ArrayList<>(byId.values());
		shown.sort(java.util.Comparator.comparingInt(WorkbenchView::order).thenComparing(WorkbenchView::title));
		return shown;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HEADER, "1");
		response.setHeader("Content-Security-Policy", POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		// same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on form posts, and the Origin check needs the real one
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cache-Control", "no-store");
		if (!addressedHere(request)) {
			plain(response, 421, "This workbench answers only requests addressed to the local host.");
			return;
		}
		String method = request.getMethod();
		boolean read = method.equals("GET") || method.equals("HEAD");
		if (!read && !method.equals("POST")) {
			plain(response, 405, "method not allowed");
			return;
		}
		String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
		if (path.contains("//") || path.contains("\\") || path.contains("/../") || path.endsWith("/..")
			|| path.chars().anyMatch(c -> c < 0x20)) {
			plain(response, 400, "bad address");
			return;
		}
		if (path.equals("/")) {
			List<WorkbenchView> shown = shownViews();
			if (shown.isEmpty()) {
				error(request, response, null, 503, "아직 화면이 없습니다. 화면 번들이 시작되기를 기다리는 중입니다.");
			} else {
				response.sendRedirect("/" + shown.get(0).id());
			}
			return;
		}
		if (path.startsWith("/assets/") && read) {
			asset(path.substring("/assets/".length()), response);
			return;
		}
		if (path.equals("/events") && read) {
			events.open(request, response);
			return;
		}
		int slash = path.indexOf('/', 1);
		String id = slash < 0 ? path.substring(1) : path.substring(1, slash);
		WorkbenchView view = VIEW_ID.matcher(id).matches() ? shownViews().stream().filter(v -> v.id().equals(id))
			.findFirst().orElse(null) : null;
		if (view == null) {
			error(request, response, null, 404, "없는 화면입니다: " + path);
			return;
		}
		String token = token(request.getSession(true));
		if (!read && !tokenMatches(request, token)) {
			error(request, response, view, 403,
				"요청을 거절했습니다: 세션 토큰이 없거나 맞지 않습니다 (만료된 페이지이거나 다른 사이트가 보낸 요청). 페이지를 다시 열어 주세요.");
			return;
		}
		Answer answer = new Answer();
		Requests viewRequest = new Requests(request, slash < 0 ? "" : path.substring(slash), token, config.upload_max_bytes());
		try {
			if (read) {
				view.get(viewRequest, answer);
			} else {
				view.post(viewRequest, answer);
			}
		} catch (IOException | RuntimeException e) {
			error(request, response, view, 500, "화면 '" + view.title() + "'에서 오류가 났습니다: " + e);
			return;
		}
		write(request, response, view, answer);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, WorkbenchView view, Answer answer)
		throws IOException {
		switch (answer.kind) {
			case PAGE -> page(request, response, view, 200, answer.title, answer.html);
			case REDIRECT -> {
				if (answer.notice != null) {
					request.getSession(true).setAttribute(NOTICE, answer.notice);
				}
				response.setStatus(303);
				response.setHeader("Location", answer.location);
			}
			case CONTENT -> {
				// whatever the bytes hold, nothing in them runs and the browser takes them for what they are said to be
				response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
				response.setContentType(answer.contentType);
				response.setContentLength(answer.body.length);
				response.getOutputStream().write(answer.body);
			}
			case ERROR -> error(request, response, view, answer.status, answer.message);
			case NONE -> error(request, response, view, 500, "화면 '" + view.title() + "'이 답하지 않았습니다.");
		}
	}

	/** Only the local host's names (and configured ones) are answered: no DNS rebinding. */
	private boolean addressedHere(HttpServletRequest request) {
		String host = request.getHeader("Host");
		if (host == null) {
			return false;
		}
		String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
			: host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
		name = name.toLowerCase(Locale.ROOT);
		if (!LOCAL_HOSTS.contains(name) && !List.of(config.allowed_hosts()).contains(name)) {
			return false;
		}
		String origin = request.getHeader("Origin");
		return origin == null || origin.equals("http://" + host) || origin.equals("https://" + host);
	}

	private String token(HttpSession session) {
		synchronized (session) {
			Object t = session.getAttribute(TOKEN);
			if (t == null) {
				byte[] bytes = new byte[24];
				random.nextBytes(bytes);
				t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
				session.setAttribute(TOKEN, t);
			}
			return t.toString();
		}
	}

	private static boolean tokenMatches(HttpServletRequest request, String token) {
		String sent = request.getHeader(TOKEN_HEADER);
		if (sent == null) {
			sent = request.getParameter(TOKEN_FIELD);
		}
		return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
	}

	private void error(HttpServletRequest request, HttpServletResponse response, WorkbenchView view, int status,
		String message) throws IOException {
		page(request, response, view, status, "오류 " + status,
			"<section class=\"card error-page\"><h1>오류 " + status + "</h1><p>" + Html.escape(message) + "</p></section>");
	}

	private void page(HttpServletRequest request, HttpServletResponse response, WorkbenchView current, int status,
		String title, CharSequence content) throws IOException {
		HttpSession session = request.getSession(true);
		// a live refresh (workbench.js) may fetch the page while a form's POST is redirecting: the
		// notice that POST left is for the page the browser is about to load, not for the refresh
		Object notice = null;
		if (request.getHeader(LIVE_REFRESH) == null) {
			notice = session.getAttribute(NOTICE);
			session.removeAttribute(NOTICE);
		}
		StringBuilder h = new StringBuilder(content.length() + 4096);
		h.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<meta name=\"referrer\" content=\"same-origin\">\n")
			.append("<title>").append(Html.escape(title)).append(" · newsradar</title>\n")
			.append("<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n")
			.append("<link rel=\"stylesheet\" href=\"/assets/workbench.css\">\n")
			.append("<link rel=\"stylesheet\" href=\"/assets/topics.css\">\n")
			.append("<script src=\"/assets/workbench.js\" defer></script>\n</head>\n<body");
		if (current != null) {
			h.append(" data-view=\"").append(Html.escape(current.id())).append('"');
		}
		h.append(">\n<header class=\"top\">\n<a class=\"brand\" href=\"/\"><span class=\"logo\" aria-hidden=\"true\"></span>newsradar</a>\n")
			.append("<nav aria-label=\"화면\">");
		for (WorkbenchView v : shownViews()) {
			h.append("<a href=\"/").append(Html.escape(v.id())).append('"');
			if (v == current) {
				h.append(" class=\"current\" aria-current=\"page\"");
			}
			h.append('>').append(Html.escape(v.title())).append("</a>");
		}
		h.append("</nav>\n<div class=\"status\"><span id=\"activity\" class=\"activity\" role=\"status\"></span>")
			.append("<span id=\"live\" class=\"live\" title=\"실시간 연결\">실시간</span></div>\n</header>\n");
		if (notice != null) {
			h.append("<div class=\"notice\" role=\"status\">").append(Html.escape(notice.toString())).append("</div>\n");
		}
		h.append("<main id=\"view\">\n").append(content).append("\n</main>\n")
			.append("<div id=\"toast\" class=\"toast\" role=\"status\" aria-live=\"polite\" hidden></div>\n</body>\n</html>\n");
		response.setStatus(status);
		response.setContentType("text/html;charset=utf-8");
		response.getWriter().write(h.toString());
	}

	private void asset(String name, HttpServletResponse response) throws IOException {
		if (!ASSET.matcher(name).matches()) {
			plain(response, 404, "no such asset");
			return;
		}
		String text;
		if (name.equals("topics.css")) {
			text = styles.css(topics());
		} else {
			URL url = context.getBundle().getEntry("assets/" + name);
			if (url == null) {
				plain(response, 404, "no such asset");
				return;
			}
			try (InputStream in = url.openStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (name.equals("workbench.css")) {
				text = Styles.base() + text;
			}
		}
		String type = name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript" : "image/svg+xml";
		response.setHeader("Cache-Control", "no-cache");
		response.setContentType(type + ";charset=utf-8");
		response.getWriter().write(text);
	}

	/** Every topic a page may show: those the store has seen and those a classifier serves. */
	private Set<String> topics() {
		Set<String> topics = new TreeSet<>(store.overview().topics());
		pipeline.classifiers().stream().map(ClassifierInfo::topic).forEach(topics::add);
		return topics;
	}

	private static void plain(HttpServletResponse response, int status, String text) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=utf-8");
		response.getWriter().write(text);
	}
}
