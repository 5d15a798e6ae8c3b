package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * While a stream of stories is classified, another thread swaps the data_center classifier back and
 * forth: every story is still classified exactly once, and its record says which classifier decided.
 */
class SwapUnderLoadTest {
	private static final int PAGES = 2000;
	/** The swapping thread swaps each time this many more records have arrived. */
	private static final int SWAP_EVERY = 100;
	private static final Pattern BUNDLE_AND_VERSION = Pattern.compile("\\S+ \\d+\\.\\d+\\.\\d+\\S*");
	private static final String FIXTURE_LABEL_PREFIX = Bundles.FIXTURE + " ";

	private final Pipeline pipeline = Framework.service(Pipeline.class);

	/** One swap; {@code n} counts the swaps made before it. */
	private interface Swap {
		void swap(int n) throws Exception;
	}

	/** What a stream run produced. */
	private record Streamed(RunSummary summary, List<StoryRecord> records, List<SourceError> errors, int swaps,
		boolean[] telling) {

		/** @return how many stories each classifier decided, by record label */
		Map<String, Integer> decidedBy() {
			Map<String, Integer> counts = new TreeMap<>();
			records.forEach(r -> counts.merge(String.valueOf(r.classifiers().get("data_center")), 1, Integer::sum));
			return counts;
		}
	}

	/** Classifies {@value #PAGES} one-story pages while another thread swaps every {@value #SWAP_EVERY} records. */
	private Streamed stream(Swap swap) throws Exception {
		Path dir = Files.createTempDirectory("newsradar-stream");
		boolean[] telling = ComposedPages.writeStream(dir, PAGES);
		AtomicInteger received = new AtomicInteger();
		AtomicInteger swaps = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch finished = new CountDownLatch(1);
		Thread swapper = new Thread(() -> {
			try {
				for (int next = SWAP_EVERY; !finished.await(1, TimeUnit.MILLISECONDS);) {
					if (received.get() >= next) {
						swap.swap(swaps.getAndIncrement());
						next += SWAP_EVERY;
					}
				}
			} catch (Throwable t) {
				failure.set(t);
			}
		}, "itest-swapper");
		List<StoryRecord> records = new ArrayList<>();
		List<SourceError> errors = new ArrayList<>();
		swapper.start();
		RunSummary summary;
		try {
			summary = pipeline.process(List.of(dir.toString()), new RecordSink() {
				@Override
				public void story(StoryRecord record) {
					records.add(record);
					received.incrementAndGet();
				}

				@Override
				public void error(SourceError error) {
					errors.add(error);
				}
			});
		} finally {
			finished.countDown();
			swapper.join();
		}
		assertNull(failure.get(), () -> "swapping failed: " + failure.get());
		Streamed s = new Streamed(summary, records, errors, swaps.get(), telling);
		System.out.printf("swap under load: %d stories, %d swaps, decided by %s%n", records.size(), s.swaps(),
			s.decidedBy());
		return s;
	}

	/** Every page gave exactly one record, scored for data_center without errors. */
	private static void assertEveryStoryOnce(Streamed s) {
		assertEquals(List.of(), s.errors());
		assertEquals(PAGES, s.summary().stories());
		Map<String, Integer> perPage = new HashMap<>();
		List<String> unscored = new ArrayList<>();
		for (StoryRecord r : s.records()) {
			perPage.merge(r.source(), 1, Integer::sum);
			if (!r.scores().containsKey("data_center") || !r.classifiers().containsKey("data_center") || !r.errors().isEmpty()) {
				unscored.add(r.source() + " scores " + r.scores() + " errors " + r.errors());
			}
		}
		assertEquals(PAGES, perPage.size(), "every page gave its story");
		assertTrue(perPage.values().stream().allMatch(n -> n == 1), "no story doubled");
		assertEquals(List.of(), unscored);
	}

	/** Every record names the bundle and version of the classifier that decided its data_center. */
	private static void assertEveryDeciderNamed(Streamed s) {
		List<String> unnamed = s.decidedBy().keySet().stream().filter(l -> !BUNDLE_AND_VERSION.matcher(l).matches())
			.toList();
		assertEquals(List.of(), unnamed);
	}

	/**
	 * On a marked page that is not about data centers, the topic is accepted exactly when the
	 * fixture decided: the record's label names the classifier that really decided it.
	 */
	private static void assertLabelsMatchDecisions(Streamed s, String original) {
		List<String> wrong = new ArrayList<>();
		for (StoryRecord r : s.records()) {
			String decider = r.classifiers().get("data_center");
			int page = Integer.parseInt(Path.of(r.source()).getFileName().toString().replaceAll("\\D", ""));
			boolean byFixture = decider.startsWith(FIXTURE_LABEL_PREFIX);
			if ((byFixture || decider.equals(original)) && s.telling()[page]
				&& byFixture != r.topics().contains("data_center")) {
				wrong.add(r.source() + " decided by " + decider + ", topics " + r.topics());
			}
		}
		assertEquals(List.of(), wrong);
		assertTrue(s.decidedBy().keySet().stream().anyMatch(l -> l.startsWith(FIXTURE_LABEL_PREFIX)), "fixture decided some");
		assertTrue(s.decidedBy().containsKey(original), "the original decided some");
	}

	@Test
	void installingAndUninstallingDuringAStreamClassifiesEveryStoryOnceAndNamesTheDecidingBundleAndVersion() throws Exception {
		String original = Bundles.activeLabel("data_center");
		AtomicReference<Bundle> installed = new AtomicReference<>();
		try {
			Streamed s = stream(n -> {
				Bundle b = installed.getAndSet(null);
				if (b == null) {
					installed.set(Bundles.startFixture("itest:stream-" + n));
				} else {
					b.uninstall();
					Bundles.refresh(List.of(b));
				}
			});
			assertEveryStoryOnce(s);
			assertEveryDeciderNamed(s);
			assertLabelsMatchDecisions(s, original);
		} finally {
			Bundle b = installed.get();
			if (b != null) {
				b.uninstall();
				Bundles.refresh(List.of(b));
			}
		}
	}

	@Test
	void promotingAndUnpinningDuringAStreamClassifiesEveryStoryOnceAndNamesTheDecidingBundleAndVersion()
		throws Exception {
		ClassifierAdmin admin = Framework.service(ClassifierAdmin.class);
		String original = Bundles.activeLabel("data_center");
		long originalId = pipeline.classifiers().stream().filter(c -> c.topic().equals("data_center") && c.active())
			.findFirst().orElseThrow().bundleId();
		Bundle fixture = Bundles.startFixture("itest:stream-promote");
		try {
			assertTrue(Framework.eventually(() -> Bundles.activeLabel("data_center").startsWith(FIXTURE_LABEL_PREFIX)));
			// the fixture outranks the original: promoting the original swaps, unpinning swaps back
			Streamed s = stream(n -> {
				if (n % 2 == 0) {
					admin.promote("data_center", originalId);
				} else {
					admin.unpin("data_center");
				}
			});
			assertEveryStoryOnce(s);
			assertEveryDeciderNamed(s);
			assertLabelsMatchDecisions(s, original);
		} finally {
			admin.unpin("data_center");
			fixture.uninstall();
			Bundles.refresh(List.of(fixture));
		}
	}

	/**
	 * The record names the classifier that decided even when that classifier's service went away
	 * while it was deciding: a reference whose service is gone has no bundle any more (on Equinox as
	 * soon as it is unregistered, on Felix once its bundle is uninstalled), so the label must be
	 * taken before.
	 */
	@Test
	void aRecordNamesItsClassifierEvenWhenTheClassifierLeftWhileDeciding() throws Exception {
		CountDownLatch deciding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(TopicClassifier.TOPIC, "itest_leaving");
		ServiceRegistration<TopicClassifier> registration = Framework.context().registerService(TopicClassifier.class,
			new TopicClassifier() {
				@Override
				public String topic() {
					return "itest_leaving";
				}

				@Override
				public Classification classify(Story story) {
					deciding.countDown();
					try {
						release.await();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return Classification.rejected(0.1);
				}
			}, props);
		CompletableFuture<StoryRecord> record = CompletableFuture
			.supplyAsync(() -> pipeline.process("leaving.txt", 0, Story.of("제목", "본문")));
		assertTrue(deciding.await(20, TimeUnit.SECONDS));
		registration.unregister();
		release.countDown();
		Bundle self = Framework.context().getBundle();
		assertEquals(self.getSymbolicName() + " " + self.getVersion(),
			record.get(20, TimeUnit.SECONDS).classifiers().get("itest_leaving"));
	}
}
