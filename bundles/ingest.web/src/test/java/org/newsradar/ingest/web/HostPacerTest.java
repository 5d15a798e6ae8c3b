package org.newsradar.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-host delay, on a clock the test controls (no real waiting). */
class HostPacerTest {
	private long now = 1_000_000_000L;
	private final List<Long> waits = new ArrayList<>();
	private final HostPacer pacer = new HostPacer(500, () -> now, nanos -> {
		waits.add(nanos / 1_000_000L);
		now += nanos;
	});

	@Test
	void theFirstRequestToAHostDoesNotWait() throws InterruptedException {
		pacer.await(URI.create("http://a.example/1"));
		assertEquals(List.of(), waits);
	}

	@Test
	void requestsToOneHostAreSpacedByTheDelay() throws InterruptedException {
		pacer.await(URI.create("http://a.example/1"));
		pacer.await(URI.create("http://a.example/2"));
		now += 200_000_000L; // 200 ms of work between the second and third request
		pacer.await(URI.create("http://A.EXAMPLE/3"));
		assertEquals(List.of(500L, 300L), waits);
	}

	@Test
	void otherHostsDoNotWait() throws InterruptedException {
		pacer.await(URI.create("http://a.example/1"));
		pacer.await(URI.create("http://b.example/1"));
		assertEquals(List.of(), waits);
	}
}
