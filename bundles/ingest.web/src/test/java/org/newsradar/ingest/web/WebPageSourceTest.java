package org.newsradar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.model.RawPage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The web source against a real HTTP server on 127.0.0.1, started for each test. */
class WebPageSourceTest {
	private static final String ARTICLE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>항구도시 물류창고 자동화</title></head>"
		+ "<body><p>항구도시 물류창고 자동화 시범사업이 시작됐다.</p></body></html>";
	private static final String UA = "newsradar/1.0 (+https://github.com/newsradar)";

	private HttpServer server;
	private ExecutorService executor;
	private String base;
	private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		executor = Executors.newCachedThreadPool();
		server.setExecutor(executor);
		base = "http://127.0.0.1:" + server.getAddress().getPort();
		serve("/news/1.html", 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
		serve("/news/2.html", 200, "text/html; charset=utf-8", ARTICLE.replace("물류창고", "제과업체").getBytes(StandardCharsets.UTF_8));
		serve("/en/library.html", 200, "text/html", "<html><body><p>The library wing opened.</p></body></html>".getBytes());
		serve("/en/ferry.html", 200, "text/html", "<html><body><p>Ferries leave earlier.</p></body></html>".getBytes());
		serve("/dump.txt", 200, "text/plain; charset=utf-8", "제목\n본문 문장입니다.".getBytes(StandardCharsets.UTF_8));
		serve("/photo.png", 200, "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0 });
		serve("/gone.html", 404, "text/html", "<html><body>없는 기사</body></html>".getBytes(StandardCharsets.UTF_8));
		serve("/busy.html", 503, "text/html", "<html><body>잠시 후 다시</body></html>".getBytes(StandardCharsets.UTF_8));
		serve("/huge.html", 200, "text/html", new byte[300_000]);
		serve("/news.rss", 200, "application/rss+xml; charset=utf-8", resource("news.rss"));
		serve("/atom.xml", 200, "application/atom+xml", resource("news.atom"));
		serve("/empty.rss", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>빈 피드</title></channel></rss>".getBytes(StandardCharsets.UTF_8));
		serve("/broken.rss", 200, "application/rss+xml", ("<rss><channel><item><link>" + base + "/gone.html</link></item>"
			+ "<item><link>" + base + "/news/2.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
		server.createContext("/old.html", x -> {
			x.getResponseHeaders().add("Location", "/news/1.html");
			x.sendResponseHeaders(301, -1);
			x.close();
		});
		server.createContext("/loop.html", x -> {
			x.getResponseHeaders().add("Location", "/loop.html");
			x.sendResponseHeaders(302, -1);
			x.close();
		});
		server.createContext("/stream.html", x -> {
			x.getResponseHeaders().add("Content-Type", "text/html");
			x.sendResponseHeaders(200, 0); // chunked: the size is not announced
			try (OutputStream out = x.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write(new byte[10_000]);
				}
			} catch (IOException e) {
				// the client hung up at its size cap, as it should
			}
		});
		server.createContext("/slow.html", x -> {
			try {
				release.await(10, TimeUnit.SECONDS);
				x.sendResponseHeaders(200, -1);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} finally {
				x.close();
			}
		});
		server.start();
	}

	@AfterEach
	void stop() {
		release.countDown();
		server.stop(0);
		executor.shutdownNow();
	}

	private void serve(String path, int status, String type, byte[] body) {
		server.createContext(path, x -> {
			userAgents.add(x.getRequestHeaders().getFirst("User-Agent"));
			x.getResponseHeaders().add("Content-Type", type);
			x.sendResponseHeaders(status, body.length);
			try (OutputStream out = x.getResponseBody()) {
				out.write(body);
			}
		});
	}

	private byte[] resource(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("BASE", base).getBytes(StandardCharsets.UTF_8);
		}
	}

	private static WebPageSource source(long timeoutMs) {
		return new WebPageSource(new WebPageSource.Settings(0, timeoutMs, 100_000, 10, UA));
	}

	/** Records what the source delivers. */
	private static final class Recorder implements PageSink {
		final List<RawPage> pages = new ArrayList<>();
		final List<String> failures = new ArrayList<>();

		@Override
		public void page(RawPage page) {
			pages.add(page);
		}

		@Override
		public void failed(String source, String reason) {
			failures.add(source + " -> " + reason);
		}

		@Override
		public void skipped(String source) {
			failures.add(source + " skipped");
		}
	}

	private Recorder open(String path) {
		return open(path, 2000);
	}

	private Recorder open(String path, long timeoutMs) {
		Recorder r = new Recorder();
		source(timeoutMs).open(base + path, r);
		return r;
	}

	@Test
	void acceptsHttpAndHttpsAddressesOnly() {
		WebPageSource s = source(1000);
		assertTrue(s.accepts("http://example.org/a.html"));
		assertTrue(s.accepts("HTTPS://example.org/feed.xml"));
		assertFalse(s.accepts("/home/user/pages/a.html"));
		assertFalse(s.accepts("ftp://example.org/a.html"));
	}

	@Test
	void deliversAPageWithItsBytesAndContentType() {
		Recorder r = open("/news/1.html");
		assertEquals(List.of(), r.failures);
		assertEquals(1, r.pages.size());
		RawPage p = r.pages.get(0);
		assertEquals(base + "/news/1.html", p.source());
		assertEquals("text/html; charset=utf-8", p.contentType());
		assertArrayEquals(ARTICLE.getBytes(StandardCharsets.UTF_8), p.bytes());
	}

	@Test
	void saysWhoIsAskingInTheUserAgent() {
		open("/news/1.html");
		assertEquals(List.of(UA), userAgents);
	}

	@Test
	void followsRedirectsAndKeepsTheAddressAsGiven() {
		Recorder r = open("/old.html");
		assertEquals(1, r.pages.size(), r.failures.toString());
		assertEquals(base + "/old.html", r.pages.get(0).source());
		assertArrayEquals(ARTICLE.getBytes(StandardCharsets.UTF_8), r.pages.get(0).bytes());
	}

	@Test
	void endlessRedirectsAreAFailure() {
		Recorder r = open("/loop.html");
		assertEquals(0, r.pages.size());
		assertTrue(r.failures.get(0).contains("redirect"), r.failures.toString());
	}

	@Test
	void notFoundIsAFailureNamingTheStatus() {
		Recorder r = open("/gone.html");
		assertEquals(List.of(base + "/gone.html -> HTTP 404 Not Found"), r.failures);
		assertTrue(r.pages.isEmpty());
	}

	@Test
	void serverErrorIsAFailureNamingTheStatus() {
		Recorder r = open("/busy.html");
		assertEquals(List.of(base + "/busy.html -> HTTP 503 Service Unavailable"), r.failures);
	}

	@Test
	void aServerThatDoesNotAnswerInTimeIsAFailure() {
		Recorder r = open("/slow.html", 300);
		assertTrue(r.pages.isEmpty());
		assertEquals(1, r.failures.size());
		assertTrue(r.failures.get(0).contains("timed out"), r.failures.toString());
	}

	@Test
	void anImageIsNotAPage() {
		Recorder r = open("/photo.png");
		assertTrue(r.pages.isEmpty());
		assertEquals(List.of(base + "/photo.png -> not a web page or feed: the server sent image/png"), r.failures);
	}

	@Test
	void aPlainTextDumpIsAPage() {
		Recorder r = open("/dump.txt");
		assertEquals(1, r.pages.size(), r.failures.toString());
		assertEquals("text/plain; charset=utf-8", r.pages.get(0).contentType());
	}

	@Test
	void anAnnouncedAnswerOverTheSizeCapIsRefused() {
		Recorder r = open("/huge.html");
		assertTrue(r.pages.isEmpty());
		assertTrue(r.failures.get(0).endsWith("answer larger than the 100000-byte limit"), r.failures.toString());
	}

	@Test
	void aStreamedAnswerIsCutOffAtTheSizeCap() {
		Recorder r = open("/stream.html");
		assertTrue(r.pages.isEmpty());
		assertTrue(r.failures.get(0).endsWith("answer larger than the 100000-byte limit"), r.failures.toString());
	}

	@Test
	void anUnreachableServerIsAFailure() throws IOException {
		int closedPort;
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = s.getLocalPort();
		}
		Recorder r = new Recorder();
		source(2000).open("http://127.0.0.1:" + closedPort + "/a.html", r);
		assertTrue(r.pages.isEmpty());
		assertTrue(r.failures.get(0).contains("cannot connect"), r.failures.toString());
	}

	@Test
	void anRssFeedYieldsTheItemsPagesOnceEachInFeedOrder() {
		Recorder r = open("/news.rss");
		assertEquals(List.of(), r.failures);
		assertEquals(List.of(base + "/news/1.html", base + "/news/2.html"), r.pages.stream().map(RawPage::source).toList());
		assertTrue(new String(r.pages.get(1).bytes(), StandardCharsets.UTF_8).contains("제과업체"));
	}

	@Test
	void anAtomFeedYieldsTheEntriesAlternatePages() {
		Recorder r = open("/atom.xml");
		assertEquals(List.of(), r.failures);
		assertEquals(List.of(base + "/en/library.html", base + "/en/ferry.html"), r.pages.stream().map(RawPage::source).toList());
	}

	@Test
	void aFeedItemThatFailsIsReportedAndTheOthersAreStillFetched() {
		Recorder r = open("/broken.rss");
		assertEquals(List.of(base + "/gone.html -> HTTP 404 Not Found"), r.failures);
		assertEquals(List.of(base + "/news/2.html"), r.pages.stream().map(RawPage::source).toList());
	}

	@Test
	void aFeedWithoutItemsIsAFailure() {
		Recorder r = open("/empty.rss");
		assertEquals(List.of(base + "/empty.rss -> feed has no item links"), r.failures);
	}
}
