package org.newsradar.ingest.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps requests to one host a fixed delay apart, however many threads fetch at once; different hosts
 * do not wait for each other.
 */
final class HostPacer {
	/** Waits the given number of nanoseconds. */
	interface Sleeper {
		void sleep(long nanos) throws InterruptedException;
	}

	private final long delayNanos;
	private final LongSupplier clock;
	private final Sleeper sleeper;
	private final Map<String, Long> nextSlot = new HashMap<>();

	HostPacer(long delayMillis, LongSupplier clock, Sleeper sleeper) {
		this.delayNanos = delayMillis * 1_000_000L;
		this.clock = clock;
		this.sleeper = sleeper;
	}

	static HostPacer realTime(long delayMillis) {
		return new HostPacer(delayMillis, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L)));
	}

	/** Waits until the host may be asked again, and books the next slot. */
	void await(URI uri) throws InterruptedException {
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
		long wait;
		synchronized (nextSlot) {
			long now = clock.getAsLong();
			long slot = Math.max(now, nextSlot.getOrDefault(host, now));
			nextSlot.put(host, slot + delayNanos);
			wait = slot - now;
		}
		if (wait > 0) {
			sleeper.sleep(wait);
		}
	}
}
