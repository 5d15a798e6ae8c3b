package org.newsradar.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.sun.net.httpserver.HttpServer;

/**
 * The web workbench end to end: the exported launcher ({@code launcher/target/newsradar.jar serve})
 * runs as its own process, watching a folder and a feed served on 127.0.0.1, and each scenario
 * drives it in a real headless Chromium through Playwright ({@code src/test/js/e2e.mjs}). The
 * scenarios build on each other (upload, then shadow and promote) and run in order. Screenshots
 * are kept in {@code target/e2e-screenshots/}. Skipped when Chromium, Node or npm (or the
 * playwright-core package) are missing, or when the launcher has not been built.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchInChromiumTest {
	private static final Path MODULE = Path.of("").toAbsolutePath();
	private static final Path TARGET = MODULE.resolve("target");
	private static final Path RUN = TARGET.resolve("e2e-run");
	private static final Path SHOTS = TARGET.resolve("e2e-screenshots");
	private static final Path JS = TARGET.resolve("e2e-js");
	private static final Path RESOURCES = MODULE.resolve("src/test/resources");
	private static final Path LAUNCHER = MODULE.resolve("../../launcher/target/newsradar.jar").normalize();
	/** How long anything the workbench does in the background may take before a check gives up. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static String chromium;
	private static Process workbench;
	private static String base;
	private static HttpServer feedServer;
	private static final List<String> feedItems = new CopyOnWriteArrayList<>();
	private static Path watch;

	@BeforeAll
	static void startWorkbench() throws Exception {
		chromium = executable("chromium", "chromium-browser");
		Assumptions.assumeTrue(chromium != null, "chromium is not installed");
		Assumptions.assumeTrue(executable("node") != null && executable("npm") != null, "node and npm are not installed");
		Assumptions.assumeTrue(Files.isRegularFile(LAUNCHER), "the launcher is not built: " + LAUNCHER);
		installPlaywright();

		deleteTree(RUN);
		deleteTree(SHOTS);
		Files.createDirectories(SHOTS);
		watch = Files.createDirectories(RUN.resolve("inbox"));
		Path deploy = Files.createDirectories(RUN.resolve("deploy"));
		try (Stream<Path> pages = Files.list(RESOURCES.resolve("pages"))) {
			for (Path p : pages.toList()) {
				Files.copy(p, watch.resolve(p.getFileName()));
			}
		}
		// quick looks at the folder and the feed, and no pause between two requests to the test server
		Files.writeString(deploy.resolve("org.newsradar.ui.ingest.cfg"), "folder.poll.ms=300\nfeed.poll.s=2\n");
		Files.writeString(deploy.resolve("org.newsradar.ingest.web.WebPageSource.cfg"), "host.delay.ms=0\n");

		String feed = startFeed();
		feedItems.add("item-1.html");
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC",
			"-Dfelix.fileinstall.dir=" + deploy, "-Dlaunch.storage.dir=" + RUN.resolve("state"), "-Dgosh.args=--nointeractive",
			"-jar", LAUNCHER.toString(), "serve", "--port", String.valueOf(port), "--watch", watch.toString(), feed,
			"--out", RUN.resolve("out").toString()));
		workbench = new ProcessBuilder(command).directory(RUN.toFile())
			.redirectOutput(RUN.resolve("workbench.out").toFile()).redirectError(RUN.resolve("workbench.err").toFile()).start();
		base = "http://127.0.0.1:" + port;
		await("the workbench prints its address", () -> log("workbench.out").contains("newsradar workbench: " + base + "/"));
		await("the watched pages and the first feed item are read", () -> stories("") >= 5);
	}

	@AfterAll
	static void stopWorkbench() throws Exception {
		if (workbench != null) {
			workbench.destroy();
			if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
			}
		}
		if (feedServer != null) {
			feedServer.stop(0);
		}
	}

	@Test
	@Order(1)
	void dashboardShowsChartsAndLatestStories() throws Exception {
		browse("dashboard");
	}

	@Test
	@Order(2)
	void storiesAreFilteredOnTheServer() throws Exception {
		browse("filter");
	}

	@Test
	@Order(3)
	void storyPageHighlightsItsEvidenceAndNamesTheDecidingClassifier() throws Exception {
		browse("story");
	}

	@Test
	@Order(4)
	void aTitleWithAScriptShowsAsTextAndNothingRuns() throws Exception {
		browse("xss");
	}

	@Test
	@Order(5)
	void aFileDroppedInTheWatchedFolderAppearsLiveAndExactlyOnce() throws Exception {
		browse("live", watch.toString(), RESOURCES.resolve("drop/gumi-smartfactory.txt").toString());
		// later looks at the folder must not read it again
		Thread.sleep(2000);
		assertEquals(1, stories("구미"));
	}

	@Test
	@Order(6)
	void anItemAddedToTheFeedIsReadExactlyOnce() throws Exception {
		assertEquals(1, stories("대관령"), "the first item, read at start");
		feedItems.add("item-2.html");
		await("the new feed item is read", () -> stories("갱도") == 1);
		// the feed is read again every 2 seconds: its items stay one story each
		Thread.sleep(5000);
		assertEquals(1, stories("대관령"));
		assertEquals(1, stories("갱도"));
	}

	@Test
	@Order(7)
	void anUploadedClassifierJarIsInstalledAndServesItsTopic() throws Exception {
		browse("upload", fixtureJar().toString());
	}

	@Test
	@Order(8)
	void aShadowedCandidateIsComparedOnNewStoriesThenPromoted() throws Exception {
		browse("shadow", watch.toString(), RESOURCES.resolve("drop/wonju-datacenter.txt").toString());
	}

	@Test
	@Order(9)
	void sourcesViewLogsWhatWasReadAndReadsAnUploadedPage() throws Exception {
		browse("sources", RESOURCES.resolve("drop/jeonju-csr.html").toString());
		assertEquals(1, stories("온고을푸드"));
	}

	@Test
	@Order(10)
	void evaluationShowsPrecisionRecallAndF1() throws Exception {
		browse("evaluate", RESOURCES.resolve("gold/gold.jsonl").toString(), RESOURCES.resolve("pages").toString());
	}

	@Test
	@Order(11)
	void outputsHoldEveryStorySeen() throws Exception {
		Path jsonl = RUN.resolve("out/stories.jsonl");
		await("the outputs are written", () -> lines(jsonl) == stories(""));
		assertTrue(Files.isRegularFile(RUN.resolve("out/report.html")));
	}

	@Test
	@Order(12)
	void aPostWithoutTheSessionTokenIsRefused() throws Exception {
		HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + "/sources/ingest"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("input=/etc")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(403, r.statusCode());
	}

	@Test
	@Order(13)
	void aRequestForAnotherHostNameIsRefused() throws Exception {
		// what a page on a rebound domain name would send (the JDK's client will not set Host: a socket does)
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", URI.create(base).getPort())) {
			socket.getOutputStream().write("GET /dashboard HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
			String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
			assertEquals("HTTP/1.1 421 Misdirected Request", status);
		}
	}

	@Test
	@Order(14)
	void onlySourcesThisSessionReadCanBeOpened() throws Exception {
		HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + "/sources/raw?source=%2Fetc%2Fpasswd"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(404, r.statusCode());
		HttpResponse<String> asset = http().send(HttpRequest.newBuilder(URI.create(base + "/assets/..%2F..%2Fpom.xml")).build(),
			HttpResponse.BodyHandlers.ofString());
		assertTrue(asset.statusCode() == 400 || asset.statusCode() == 404, "asset path traversal: " + asset.statusCode());
	}

	@Test
	@Order(15)
	void anUploadLargerThanTheLimitIsRefused() throws Exception {
		HttpClient client = http();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/classifiers")).build(),
			HttpResponse.BodyHandlers.ofString()).body();
		String token = Jsoup.parse(page).selectFirst("#install input[name=csrf]").attr("value");
		byte[] big = new byte[17 * 1024 * 1024];
		String boundary = "----newsradar-e2e";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n--" + boundary
			+ "\r\nContent-Disposition: form-data; name=\"jar\"; filename=\"big.jar\"\r\nContent-Type: application/java-archive\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/classifiers/upload"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail))).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(413, r.statusCode(), r.body());
	}

	/** Runs one Playwright scenario; its output goes to the test log. */
	private static void browse(String scenario, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("node", JS.resolve("e2e.mjs").toString(), scenario, base, SHOTS.toString()));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).directory(JS.toFile()).redirectErrorStream(true);
		pb.environment().put("CHROMIUM", chromium);
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(3, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new AssertionError(scenario + " did not finish");
		}
		System.out.print(out);
		assertEquals(0, p.exitValue(), scenario + " failed:\n" + out + "\nworkbench log:\n" + log("workbench.err"));
	}

	/** playwright-core into target/e2e-js (from npm's cache when it has it); skipped when npm cannot get it. */
	private static void installPlaywright() throws Exception {
		Files.createDirectories(JS);
		for (String name : List.of("package.json", "package-lock.json", "e2e.mjs")) {
			Files.copy(MODULE.resolve("src/test/js").resolve(name), JS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		if (Files.isDirectory(JS.resolve("node_modules/playwright-core"))) {
			return;
		}
		Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error")
			.directory(JS.toFile()).redirectErrorStream(true).start();
		String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean done = npm.waitFor(5, TimeUnit.MINUTES);
		Assumptions.assumeTrue(done && npm.exitValue() == 0, "npm could not install playwright-core: " + out);
	}

	/** A feed on 127.0.0.1 whose items are the pages named in {@link #feedItems}, newest last. */
	private static String startFeed() throws IOException {
		feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String root = "http://127.0.0.1:" + feedServer.getAddress().getPort();
		feedServer.createContext("/feed.xml", x -> {
			StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
				+ "<title>산골소식</title><link>" + root + "/</link><description>강원 산골 소식</description>");
			for (String item : feedItems) {
				rss.append("<item><title>").append(item).append("</title><link>").append(root).append("/items/").append(item)
					.append("</link></item>");
			}
			byte[] body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
			x.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
			x.sendResponseHeaders(200, body.length);
			x.getResponseBody().write(body);
			x.close();
		});
		feedServer.createContext("/items/", x -> {
			String name = Path.of(x.getRequestURI().getPath()).getFileName().toString();
			Path page = RESOURCES.resolve("feed").resolve(name);
			if (!feedItems.contains(name) || !Files.isRegularFile(page)) {
				x.sendResponseHeaders(404, -1);
				x.close();
				return;
			}
			byte[] body = Files.readAllBytes(page);
			x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			x.sendResponseHeaders(200, body.length);
			x.getResponseBody().write(body);
			x.close();
		});
		feedServer.start();
		return root + "/feed.xml";
	}

	/** @return how many stories the workbench holds that contain the words (all of them for "") */
	private static int stories(String words) {
		try {
			String html = http().send(HttpRequest.newBuilder(URI.create(base + "/stories?q="
				+ java.net.URLEncoder.encode(words, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
			Document d = Jsoup.parse(html);
			return d.selectFirst("#total") == null ? -1 : Integer.parseInt(d.selectFirst("#total").text().replace(",", ""));
		} catch (IOException e) {
			return -1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static HttpClient http() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline || (workbench != null && !workbench.isAlive())) {
				throw new AssertionError("gave up waiting until " + what + "\nworkbench output:\n" + log("workbench.out")
					+ "\nworkbench errors:\n" + log("workbench.err"));
			}
			Thread.sleep(200);
		}
	}

	private static String log(String name) {
		try {
			return Files.readString(RUN.resolve(name));
		} catch (IOException e) {
			return "";
		}
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		} catch (IOException e) {
			return -1;
		}
	}

	/** The swap-in classifier bundle of the in-framework tests (ranking 100, topic data_center), from the test classpath. */
	private static Path fixtureJar() {
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("org.newsradar.itest.fixture") && entry.endsWith(".jar")) {
				return Path.of(entry);
			}
		}
		throw new AssertionError("org.newsradar.itest.fixture is not on the test classpath");
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String executable(String... names) {
		for (String name : names) {
			for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Path.of(dir, name).toString();
				}
			}
		}
		return null;
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
