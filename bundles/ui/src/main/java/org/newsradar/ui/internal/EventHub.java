package org.newsradar.ui.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Live events to every open workbench page, as server-sent events: each page keeps one
 * asynchronous response open and gets {@code event: NAME} / {@code data: JSON} blocks. A comment
 * every 15 seconds keeps idle connections from being cut and finds the closed ones.
 */
// immediate: open pages stay connected while no view is being rendered
@Component(service = EventHub.class, immediate = true)
public class EventHub {
	private static final long HEARTBEAT_SECONDS = 15;
	/** More open pages than anyone uses; past it the oldest connection is closed. */
	private static final int MAX_CLIENTS = 64;

	private final List<Client> clients = new CopyOnWriteArrayList<>();
	private ScheduledExecutorService heartbeat;

	/** One open page. Writes are serialised: events come from several threads. */
	private final class Client implements AsyncListener {
		private final AsyncContext async;
		private final PrintWriter out;

		Client(AsyncContext async, PrintWriter out) {
			this.async = async;
			this.out = out;
		}

		synchronized boolean send(String block) {
			out.write(block);
			out.flush();
			if (out.checkError()) {
				close();
				return false;
			}
			return true;
		}

		void close() {
			if (clients.remove(this)) {
				try {
					async.complete();
				} catch (IllegalStateException alreadyDone) {
					// the container ended the response first
				}
			}
		}

		@Override
		public void onComplete(AsyncEvent event) {
			clients.remove(this);
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			close();
		}

		@Override
		public void onError(AsyncEvent event) {
			close();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}
	}

	@Activate
	void activate() {
		heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "newsradar-ui-events");
			t.setDaemon(true);
			return t;
		});
		heartbeat.scheduleWithFixedDelay(() -> broadcast(": keep-alive\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
			TimeUnit.SECONDS);
	}

	@Deactivate
	void deactivate() {
		heartbeat.shutdownNow();
		clients.forEach(Client::close);
	}

	/** Keeps the request open as an event stream. */
	void open(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("text/event-stream");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Accel-Buffering", "no");
		AsyncContext async = request.startAsync();
		async.setTimeout(0);
		Client client = new Client(async, response.getWriter());
		async.addListener(client);
		while (clients.size() >= MAX_CLIENTS) {
			clients.get(0).close();
		}
		clients.add(client);
		// tells the browser how soon to reconnect after a restart, and opens the stream at once
		client.send("retry: 2000\n\n");
	}

	/**
	 * Sends an event to every open page.
	 *
	 * @param json the event's data, one line of JSON
	 */
	public void publish(String event, String json) {
		broadcast("event: " + event + "\ndata: " + json.replace("\n", " ") + "\n\n");
	}

	private void broadcast(String block) {
		for (Client c : clients) {
			c.send(block);
		}
	}

	int clients() {
		return clients.size();
	}
}
