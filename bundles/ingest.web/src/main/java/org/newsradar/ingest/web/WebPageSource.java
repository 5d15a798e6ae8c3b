package org.newsradar.ingest.web;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.ingest.PageSource;
import org.newsradar.api.model.RawPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Fetches http(s) inputs: a page, or an RSS/Atom feed whose items' pages are then fetched in feed
 * order. Polite by default: one request per host at a time a fixed delay apart, a timeout, a size cap
 * and a User-Agent that says who is asking. Redirects are followed; an error status, a timeout, an
 * answer too large or one that is not a page becomes a failure naming the address and the reason.
 */
@Component(property = "service.ranking:Integer=0")
@Designate(ocd = WebPageSource.Config.class)
public class WebPageSource implements PageSource {
	private static final Pattern WEB = Pattern.compile("(?i)^https?://\\S+$");
	/** Media types that are pages (or plain-text dumps of pages) and may be read. */
	private static final Pattern PAGE_TYPE = Pattern.compile("(?i)^\\s*(text/html|application/xhtml\\+xml|text/plain)\\b.*");
	private static final Pattern FEED_TYPE = Pattern.compile("(?i)^\\s*(application/(rss|atom|rdf)\\+xml|application/xml|text/xml)\\b.*");

	@ObjectClassDefinition(name = "newsradar web source", description = "How newsradar fetches pages and feeds from the web.")
	public @interface Config {
		@AttributeDefinition(description = "Pause between two requests to the same host, in milliseconds.")
		long host_delay_ms() default 1000;

		@AttributeDefinition(description = "Longest wait for a connection or an answer, in milliseconds.")
		long timeout_ms() default 20000;

		@AttributeDefinition(description = "Largest answer read, in bytes; larger ones are refused.")
		int max_bytes() default 8 * 1024 * 1024;

		@AttributeDefinition(description = "Most items fetched from one feed.")
		int max_feed_items() default 100;

		@AttributeDefinition(description = "The User-Agent header sent with every request.")
		String user_agent() default "newsradar/1.0 (+https://github.com/newsradar)";
	}

	/** The settings in force: from the configuration, or given directly by tests. */
	record Settings(long hostDelayMs, long timeoutMs, int maxBytes, int maxFeedItems, String userAgent) {
	}

	private volatile Settings settings;
	private volatile HostPacer pacer;
	private HttpClient client;

	public WebPageSource() {
	}

	WebPageSource(Settings settings) {
		apply(settings);
	}

	@Activate
	@Modified
	void activate(Config config) {
		apply(new Settings(config.host_delay_ms(), config.timeout_ms(), config.max_bytes(), config.max_feed_items(),
			config.user_agent()));
	}

	private synchronized void apply(Settings s) {
		settings = s;
		pacer = HostPacer.realTime(s.hostDelayMs());
		client = null;
	}

	/**
	 * The HTTP client, made on first use: making one (its TLS setup above all) was a tenth of a
	 * cold start, and most runs read no URL.
	 */
	private synchronized HttpClient client() {
		if (client == null) {
			client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL)
				.connectTimeout(Duration.ofMillis(settings.timeoutMs())).build();
		}
		return client;
	}

	@Override
	public boolean accepts(String input) {
		return WEB.matcher(input.strip()).matches();
	}

	@Override
	public void open(String input, PageSink sink) {
		String url = input.strip();
		Fetched f;
		try {
			f = fetch(url);
		} catch (FetchException e) {
			sink.failed(input, e.getMessage());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			sink.failed(input, "interrupted before the page arrived");
			return;
		}
		if (f.isFeed()) {
			openFeed(input, f, sink);
		} else if (f.isPage()) {
			sink.page(new RawPage(input, f.bytes(), f.contentType()));
		} else {
			sink.failed(input, "not a web page or feed: the server sent " + f.contentType());
		}
	}

	private void openFeed(String input, Fetched feed, PageSink sink) {
		List<String> links = FeedLinks.links(feed.bytes(), feed.uri().toString());
		if (links.isEmpty()) {
			sink.failed(input, "feed has no item links");
			return;
		}
		for (String link : links.subList(0, Math.min(links.size(), settings.maxFeedItems()))) {
			try {
				Fetched page = fetch(link);
				if (page.isPage()) {
					sink.page(new RawPage(link, page.bytes(), page.contentType()));
				} else {
					sink.failed(link, "feed item is not a web page: the server sent " + page.contentType());
				}
			} catch (FetchException e) {
				sink.failed(link, e.getMessage());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				sink.failed(link, "interrupted before the page arrived");
				return;
			}
		}
	}

	/** An answer that arrived: where it finally came from (after redirects), its type and bytes. */
	private record Fetched(URI uri, String contentType, byte[] bytes) {
		boolean isFeed() {
			return (contentType == null || FEED_TYPE.matcher(contentType).matches() || contentType.toLowerCase(Locale.ROOT).contains("xml"))
				&& FeedLinks.isFeed(bytes);
		}

		boolean isPage() {
			return contentType == null ? looksLikeMarkup() : PAGE_TYPE.matcher(contentType).matches();
		}

		private boolean looksLikeMarkup() {
			String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
				.toLowerCase(Locale.ROOT);
			return head.contains("<html") || head.contains("<!doctype html");
		}
	}

	/** A fetch that failed, with the reason in words. */
	private static final class FetchException extends Exception {
		private static final long serialVersionUID = 1L;

		FetchException(String reason) {
			super(reason);
		}
	}

	private Fetched fetch(String url) throws FetchException, InterruptedException {
		Settings s = settings;
		URI uri;
		HttpRequest request;
		try {
			uri = URI.create(url);
			request = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(s.timeoutMs()))
				.header("User-Agent", s.userAgent())
				.header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
					+ "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
				.GET().build();
		} catch (IllegalArgumentException e) {
			throw new FetchException("not a valid address: " + e.getMessage());
		}
		pacer.await(uri);
		CompletableFuture<HttpResponse<byte[]>> call = client().sendAsync(request, CappedBody.handler(s.maxBytes()));
		try {
			// the whole exchange, body included, must end within the timeout: a trickling server cannot hold us
			HttpResponse<byte[]> response = call.get(s.timeoutMs(), TimeUnit.MILLISECONDS);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				throw new FetchException("HTTP " + status + ": redirect not followed (too many, or to another scheme)");
			}
			if (status >= 400) {
				throw new FetchException("HTTP " + status + " " + reason(status));
			}
			if (response.body() == null) {
				throw new FetchException("answer larger than the " + s.maxBytes() + "-byte limit");
			}
			return new Fetched(response.uri(), response.headers().firstValue("Content-Type").orElse(null), response.body());
		} catch (TimeoutException e) {
			call.cancel(true);
			throw new FetchException("timed out: no complete answer within " + s.timeoutMs() + " ms");
		} catch (ExecutionException e) {
			throw new FetchException(failure(e.getCause(), uri, s));
		}
	}

	/** The reason a request failed, in words. */
	private static String failure(Throwable cause, URI uri, Settings s) {
		Throwable c = cause;
		while (c != null && !(c instanceof CappedBody.TooLarge || c instanceof HttpTimeoutException || c instanceof ConnectException
			|| c instanceof UnknownHostException) && c.getCause() != null && c.getCause() != c) {
			c = c.getCause();
		}
		if (c instanceof CappedBody.TooLarge) {
			return c.getMessage();
		}
		if (c instanceof HttpConnectTimeoutException) {
			return "no connection within " + s.timeoutMs() + " ms";
		}
		if (c instanceof HttpTimeoutException) {
			return "timed out: no answer within " + s.timeoutMs() + " ms";
		}
		if (c instanceof UnknownHostException) {
			return "unknown host " + uri.getHost();
		}
		if (c instanceof ConnectException) {
			return "cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		}
		String why = c == null || c.getMessage() == null ? String.valueOf(cause) : c.getMessage();
		if (why.toLowerCase(Locale.ROOT).contains("too many redirects")) {
			return "too many redirects";
		}
		return "fetch failed: " + why;
	}

	private static String reason(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 410 -> "Gone";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> status >= 500 ? "(server error)" : "(client error)";
		};
	}
}
