package org.newsradar.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsradar.core.pipeline.StoryCalls.Outcome;

class StoryCallsTest {
	private final ExecutorService pool = Executors.newCachedThreadPool();
	/** Never opened: a call waiting on it hangs until its thread is interrupted. */
	private final CountDownLatch never = new CountDownLatch(1);
	private final Callable<Object> hangs = () -> {
		never.await();
		return "woke up";
	};

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void everyCallAnswersInOrder() {
		List<Outcome> o = StoryCalls.run(List.of(() -> "a", () -> 2, () -> null), pool, 60_000);
		assertEquals(List.of(new Outcome("a", null), new Outcome(2, null), new Outcome(null, null)), o);
	}

	@Test
	void aThrowingCallCostsOnlyItself() {
		List<Outcome> o = StoryCalls.run(List.of(() -> "a", () -> {
			throw new IllegalStateException("boom");
		}, () -> {
			throw new StackOverflowError();
		}, () -> "d"), pool, 60_000);
		assertEquals(List.of(new Outcome("a", null), new Outcome(null, "failed: java.lang.IllegalStateException: boom"),
			new Outcome(null, "failed: java.lang.StackOverflowError"), new Outcome("d", null)), o);
	}

	@Test
	void hangingCallsAreAbandonedAndTheCallsAfterThemStillRun() {
		List<Outcome> o = StoryCalls.run(List.of(() -> "a", hangs, () -> "c", hangs, () -> "e"), pool, 200);
		Outcome timedOut = new Outcome(null, "timed out after 200 ms");
		assertEquals(List.of(new Outcome("a", null), timedOut, new Outcome("c", null), timedOut, new Outcome("e", null)), o);
	}

	@Test
	void anInterruptedWaitGivesUpTheCallsNotYetAnswered() {
		Thread.currentThread().interrupt();
		List<Outcome> o = StoryCalls.run(List.of(hangs, hangs), pool, 60_000);
		assertEquals(List.of(new Outcome(null, "interrupted"), new Outcome(null, "interrupted")), o);
		assertEquals(true, Thread.interrupted());
	}
}
