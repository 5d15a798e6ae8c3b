package org.newsradar.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs a story's plugin calls one after another on one pooled thread, so that a story costs one
 * thread hand-off rather than one per call (the hand-offs cost more than a fast classifier). A call
 * that hangs still costs only itself: when the time limit passes, the call in progress is abandoned
 * (its thread interrupted and left to it) and the calls after it go on, on another thread, with a
 * fresh limit.
 */
final class StoryCalls {
	/** What a call ended with: its answer, or why there is none. */
	record Outcome(Object answer, String failure) {
	}

	private StoryCalls() {
	}

	/** @return one outcome per call, in the calls' order */
	static List<Outcome> run(List<Callable<?>> calls, ExecutorService pool, long timeoutMillis) {
		AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(calls.size());
		for (int from = 0; from < calls.size();) {
			Sequence sequence = new Sequence(calls, from, outcomes);
			Future<?> running = pool.submit(sequence);
			int abandoned;
			try {
				abandoned = sequence.awaitOrAbandon(timeoutMillis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				sequence.abandonAll(new Outcome(null, "interrupted"));
				running.cancel(true);
				break;
			}
			if (abandoned < 0) {
				break;
			}
			running.cancel(true);
			from = abandoned + 1;
		}
		List<Outcome> result = new ArrayList<>(calls.size());
		for (int i = 0; i < calls.size(); i++) {
			result.add(outcomes.get(i));
		}
		return result;
	}

	/** The calls from one index on, run in order until done or abandoned. */
	private static final class Sequence implements Runnable {
		private final List<Callable<?>> calls;
		private final int from;
		private final AtomicReferenceArray<Outcome> outcomes;
		private final CountDownLatch finished = new CountDownLatch(1);

		Sequence(List<Callable<?>> calls, int from, AtomicReferenceArray<Outcome> outcomes) {
			this.calls = calls;
			this.from = from;
			this.outcomes = outcomes;
		}

		@Override
		public void run() {
			try {
				for (int i = from; i < calls.size(); i++) {
					Outcome o;
					try {
						o = new Outcome(calls.get(i).call(), null);
					} catch (Throwable t) { // a plugin's failure of any kind is its own, recorded and passed over
						o = new Outcome(null, "failed: " + t);
					}
					// a slot already filled was given up by the waiting thread: so is the rest
					if (!outcomes.compareAndSet(i, null, o)) {
						return;
					}
				}
			} finally {
				finished.countDown();
			}
		}

		/** @return the index of the call abandoned as timed out, or -1 when all ended in time */
		int awaitOrAbandon(long timeoutMillis) throws InterruptedException {
			if (finished.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
				return -1;
			}
			Outcome timedOut = new Outcome(null, "timed out after " + timeoutMillis + " ms");
			for (int i = from; i < calls.size(); i++) {
				if (outcomes.compareAndSet(i, null, timedOut)) {
					return i;
				}
			}
			return -1; // they all ended as the limit passed
		}

		void abandonAll(Outcome why) {
			for (int i = from; i < calls.size(); i++) {
				outcomes.compareAndSet(i, null, why);
			}
		}
	}
}
