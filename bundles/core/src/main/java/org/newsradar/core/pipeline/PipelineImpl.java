package org.newsradar.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.facts.FactExtractor;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.ingest.PageReader;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.ingest.PageSource;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.core.pipeline.RankedServices.Ranked;
import org.newsradar.core.source.PageDecoder;
import org.osgi.framework.ServiceReference;
import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.ShadowReport;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The pipeline. Every extension point is a dynamic service reference, so classifiers, readers,
 * sources, extractors and exporters come and go while the container runs, without restarting
 * this component. Pages are processed in parallel and written in input order.
 */
@Component(service = { Pipeline.class, ClassifierAdmin.class, PageRuns.class }, immediate = true,
	configurationPid = PipelineImpl.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PipelineImpl.Config.class)
public class PipelineImpl implements Pipeline, ClassifierAdmin, PageRuns {
	static final String PID = "org.newsradar.core.pipeline";
	/** Run option ({@code --resume}): continue the interrupted run whose journal is in the output folder. */
	public static final String RESUME = "resume";

	@ObjectClassDefinition(name = "newsradar pipeline", description = "How stories are classified.")
	@interface Config {
		@AttributeDefinition(description = "How long a story waits for each of its classifiers and its fact extractor, in"
			+ " milliseconds; one that takes longer is recorded as timed out in the story's errors.")
		long classifier_timeout_ms() default 2000;

		@AttributeDefinition(description = "Promoted classifiers, as topic=bundle-symbolic-name: the named"
			+ " bundle's classifier serves the topic whatever its service ranking.")
		String[] pinned() default {};
	}

	private volatile long timeoutMillis = 2000;
	private final Pins pins = new Pins();
	private final Map<String, ShadowLog> shadows = new java.util.concurrent.ConcurrentHashMap<>();
	private ExecutorService calls;
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY)
	private volatile ConfigurationAdmin configurationAdmin;
	private final RankedServices<TopicClassifier> classifiers = new RankedServices<>();
	private final RankedServices<PageReader> readers = new RankedServices<>();
	private final RankedServices<PageSource> sources = new RankedServices<>();
	private final RankedServices<FactExtractor> extractors = new RankedServices<>();
	private final RankedServices<Exporter> exporters = new RankedServices<>();
	private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
	private ExecutorService workers;

	@Activate
	void activate(Config config, Map<String, Object> properties) {
		modified(config, properties);
		workers = Executors.newFixedThreadPool(threads, daemon("newsradar-worker-"));
		calls = Executors.newCachedThreadPool(daemon("newsradar-classifier-call-"));
	}

	@Modified
	void modified(Config config, Map<String, Object> properties) {
		timeoutMillis = Math.max(1, config.classifier_timeout_ms());
		pins.configured(config.pinned(), properties.get(Pins.GENERATION));
	}

	@Deactivate
	void deactivate() {
		workers.shutdownNow();
		calls.shutdownNow();
	}

	private static java.util.concurrent.ThreadFactory daemon(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, prefix + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	@Reference(service = TopicClassifier.class, cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC, unbind = "removeClassifier", updated = "updatedClassifier")
	void addClassifier(ComponentServiceObjects<TopicClassifier> c, ServiceReference<TopicClassifier> ref) {
		classifiers.add(c, ref);
	}

	void removeClassifier(ServiceReference<TopicClassifier> ref) {
		classifiers.remove(ref);
	}

	void updatedClassifier(ServiceReference<TopicClassifier> ref) {
		classifiers.modified();
	}

	@Reference(service = PageReader.class, cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC, unbind = "removeReader")
	void addReader(ComponentServiceObjects<PageReader> r, ServiceReference<PageReader> ref) {
		readers.add(r, ref);
	}

	void removeReader(ServiceReference<PageReader> ref) {
		readers.remove(ref);
	}

	@Reference(service = PageSource.class, cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC, unbind = "removeSource")
	void addSource(ComponentServiceObjects<PageSource> s, ServiceReference<PageSource> ref) {
		sources.add(s, ref);
	}

	void removeSource(ServiceReference<PageSource> ref) {
		sources.remove(ref);
	}

	@Reference(service = FactExtractor.class, cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC, unbind = "removeExtractor")
	void addExtractor(ComponentServiceObjects<FactExtractor> f, ServiceReference<FactExtractor> ref) {
		extractors.add(f, ref);
	}

	void removeExtractor(ServiceReference<FactExtractor> ref) {
		extractors.remove(ref);
	}

	@Reference(service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC, unbind = "removeExporter")
	void addExporter(ComponentServiceObjects<Exporter> e, ServiceReference<Exporter> ref) {
		exporters.add(e, ref);
	}

	void removeExporter(ServiceReference<Exporter> ref) {
		exporters.remove(ref);
	}

	@Override
	public List<ClassifierInfo> classifiers() {
		Map<String, List<Ranked<TopicClassifier>>> byTopic = classifiersByTopic();
		List<ClassifierInfo> out = new ArrayList<>();
		byTopic.forEach((topic, ranked) -> {
			for (int i = 0; i < ranked.size(); i++) {
				Ranked<TopicClassifier> r = ranked.get(i);
				var b = r.reference().getBundle();
				if (b != null) {
					out.add(new ClassifierInfo(topic, b.getSymbolicName(), b.getVersion().toString(), b.getBundleId(),
						r.ranking(), r.serviceId(), i == 0));
				}
			}
		});
		return out;
	}

	/** @return the exporter format names currently installed */
	public Set<String> formats() {
		Set<String> names = new TreeSet<>();
		for (Ranked<Exporter> e : exporters.snapshot()) {
			String format = formatOf(e);
			if (format != null) {
				names.add(format);
			}
		}
		return names;
	}

	@Override
	public StoryRecord process(String source, int index, Story story) {
		return processor().process(source, index, story);
	}

	/**
	 * Runs the pipeline into the export writers. The run keeps a {@link RunJournal} beside the
	 * outputs; the option {@value #RESUME} continues an interrupted run from its journal.
	 */
	@Override
	public RunSummary run(RunRequest request) {
		boolean resume = Boolean.parseBoolean(request.options().getOrDefault(RESUME, "false"));
		Map<String, Exporter> exporters = exportersFor(request);
		long start = System.nanoTime();
		try {
			Files.createDirectories(request.out());
			boolean interrupted = RunJournal.interrupted(request.out());
			try (RunJournal journal = RunJournal.lock(request.out())) {
				List<Output> outputs = open(exporters, request);
				try {
					Run run = new Run(new ExportSink(outputs), request.progress());
					if (!resume && interrupted) {
						request.progress().accept("note: starting over; the interrupted run in " + request.out()
							+ " could have been continued with --resume");
					}
					journal.start(resume, run::record);
					if (resume) {
						request.progress().accept(journal.pages() == 0 ? "resume: no interrupted run in " + request.out()
							+ ", starting from the beginning" : "resume: " + journal.pages() + " pages done before the"
							+ " interruption (" + run.stories + " stories) replayed; going on from there");
					}
					run.journal(journal);
					RunSummary summary = run.over(request.inputs(), start);
					commit(outputs, summary);
					journal.delete();
					return summary;
				} finally {
					for (Output o : outputs) {
						try {
							o.writer().close();
						} catch (IOException | RuntimeException | LinkageError e) {
							request.progress().accept("closing the " + o.format() + " output failed: " + e);
						}
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("writing the output failed: " + e.getMessage(), e);
		}
	}

	@Override
	public RunSummary process(List<String> inputs, RecordSink sink) {
		return new Run(sink, line -> {}).over(inputs, System.nanoTime());
	}

	@Override
	public RunSummary processPages(List<RawPage> pages, RecordSink sink) {
		long start = System.nanoTime();
		Run run = new Run(sink, line -> {});
		try {
			pages.forEach(run::page);
		} catch (RunAborted e) {
			throw e.reason();
		}
		run.drain(0);
		return run.summary(Duration.ofNanos(System.nanoTime() - start));
	}

	@Override
	public StageTimes stageTimes(List<RawPage> pages, int rounds, long budgetNanos, ToLongFunction<String> baseline) {
		StageTimes times = new StageTimes();
		StoryProcessor processor = processor();
		long begin = StageTimes.now();
		for (int round = 0; round < rounds && (round == 0 || StageTimes.now() - begin < budgetNanos); round++) {
			for (RawPage raw : pages) {
				try {
					long start = StageTimes.now();
					Page page = PageDecoder.decode(raw);
					times.add(StageTimes.DECODE, StageTimes.now() - start);
					start = StageTimes.now();
					times.baselineSink += baseline.applyAsLong(page.text());
					times.add(StageTimes.BASELINE, StageTimes.now() - start);
					Ranked<PageReader> reader = readerFor(page);
					start = StageTimes.now();
					List<Story> stories = reader.service().read(page);
					times.add("read " + reader.label(), StageTimes.now() - start);
					for (Story story : stories) {
						processor.time(story, times);
					}
					times.counted(1, stories.size());
				} catch (IngestException refused) {
					// refused by the decoder or the reader, as a run would refuse it: not a page to time
				}
			}
		}
		return times;
	}

	@Override
	public void open(List<String> inputs, PageSink sink) {
		for (String input : inputs) {
			Ranked<PageSource> source = sources.snapshot().stream()
				.filter(s -> s.service() != null && s.service().accepts(input)).findFirst().orElse(null);
			if (source == null) {
				sink.failed(input, "no installed page source can open this input");
			} else {
				try {
					source.service().open(input, sink);
				} catch (RunAborted e) {
					throw e.reason();
				} catch (RuntimeException | LinkageError e) {
					sink.failed(input, "the page source " + source.label() + " failed: " + e);
				}
			}
		}
	}

	/** One export writer of a run and the format it writes, so that a failure names its output. */
	private record Output(String format, ExportWriter writer) {
	}

	/**
	 * Hands every record to each export writer of a run. An exporter that fails (an I/O error, or
	 * a bug or a bundle gone mid-call) ends the run, named: its outputs stay atomic, so none is
	 * replaced, and the run journal stays for {@code --resume}.
	 */
	private record ExportSink(List<Output> outputs) implements RecordSink {
		private interface Write {
			void to(ExportWriter writer) throws IOException;
		}

		@Override
		public void story(StoryRecord record) {
			toEach(w -> w.story(record));
		}

		@Override
		public void error(SourceError error) {
			toEach(w -> w.error(error));
		}

		private void toEach(Write write) {
			for (Output o : outputs) {
				try {
					write.to(o.writer());
				} catch (IOException | RuntimeException | LinkageError e) {
					throw failure("writing the " + o.format() + " output failed", e);
				}
			}
		}
	}

	/** Commits the outputs in order; a failure says which were already in place. */
	private static void commit(List<Output> outputs, RunSummary summary) {
		List<String> committed = new ArrayList<>();
		for (Output o : outputs) {
			try {
				o.writer().commit(summary);
			} catch (IOException | RuntimeException | LinkageError e) {
				throw failure("committing the " + o.format() + " output failed"
					+ (committed.isEmpty() ? "" : " (already in place: " + String.join(", ", committed) + ")"), e);
			}
			committed.add(o.format());
		}
	}

	private static UncheckedIOException failure(String what, Throwable e) {
		IOException cause = e instanceof IOException io ? io : new IOException(e.toString(), e);
		return new UncheckedIOException(what + ": " + cause.getMessage(), cause);
	}

	/** @return the exporter of each format the run asks for, by format, before anything is written */
	private Map<String, Exporter> exportersFor(RunRequest request) {
		Map<String, Exporter> byFormat = new LinkedHashMap<>();
		for (Ranked<Exporter> e : exporters.snapshot()) {
			String format = formatOf(e);
			if (format != null && e.service() != null) {
				byFormat.putIfAbsent(format, e.service());
			}
		}
		if (request.formats().isEmpty()) {
			return byFormat;
		}
		Map<String, Exporter> wanted = new LinkedHashMap<>();
		for (String f : request.formats()) {
			if (!byFormat.containsKey(f)) {
				throw new IllegalArgumentException("unknown format '" + f + "'; installed: " + byFormat.keySet());
			}
			wanted.put(f, byFormat.get(f));
		}
		return wanted;
	}

	private static List<Output> open(Map<String, Exporter> exporters, RunRequest request) {
		List<Output> outputs = new ArrayList<>();
		String opening = null;
		try {
			ExportTarget target = new ExportTarget(request.out(), request.options());
			for (var e : exporters.entrySet()) {
				opening = e.getKey();
				outputs.add(new Output(opening, e.getValue().open(target)));
			}
			return outputs;
		} catch (IOException | RuntimeException | LinkageError e) {
			UncheckedIOException failure = failure("cannot open the " + opening + " output in " + request.out(), e);
			for (Output o : outputs) {
				try {
					o.writer().close();
				} catch (IOException | RuntimeException | LinkageError suppressed) {
					failure.addSuppressed(suppressed);
				}
			}
			throw failure;
		}
	}

	/** @return the exporter's format, from its service property if it has one; null when it cannot be got */
	private static String formatOf(Ranked<Exporter> e) {
		String f = e.property(Exporter.FORMAT);
		return f != null || e.service() == null ? f : e.service().format();
	}

	private Map<String, List<Ranked<TopicClassifier>>> classifiersByTopic() {
		Map<String, List<Ranked<TopicClassifier>>> byTopic = new java.util.TreeMap<>();
		for (Ranked<TopicClassifier> c : classifiers.snapshot()) {
			String topic = c.property(TopicClassifier.TOPIC);
			if (topic == null && c.service() != null) {
				topic = c.service().topic();
			}
			if (topic == null) {
				continue; // no topic property, and no service to ask
			}
			byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(c);
		}
		pins.current().forEach((topic, bundle) -> {
			List<Ranked<TopicClassifier>> ranked = byTopic.get(topic);
			if (ranked != null) {
				ranked.stream().filter(r -> bundle.equals(symbolicName(r))).findFirst().ifPresent(pinned -> {
					ranked.remove(pinned);
					ranked.add(0, pinned);
				});
			}
		});
		return byTopic;
	}

	private static String symbolicName(Ranked<?> r) {
		var b = r.reference().getBundle();
		return b == null ? null : b.getSymbolicName();
	}

	/**
	 * A processor bound to the classifiers active right now: per topic the first that can be got (a
	 * component that fails to activate is passed over, as if it were not installed). Getting them here,
	 * before any story's time limit runs, keeps a component's activation out of its first call's time.
	 */
	StoryProcessor processor() {
		Map<String, Ranked<TopicClassifier>> active = new HashMap<>();
		classifiersByTopic().forEach((topic, ranked) -> {
			Ranked<TopicClassifier> first = available(ranked);
			if (first != null) {
				active.put(topic, first);
			}
		});
		return new StoryProcessor(active, Map.copyOf(shadows), available(extractors.snapshot()), calls, timeoutMillis);
	}

	/** @return the first of the services that can be got, or null */
	private static <T> Ranked<T> available(List<Ranked<T>> ranked) {
		for (Ranked<T> r : ranked) {
			if (r.service() != null) {
				return r;
			}
		}
		return null;
	}

	private Ranked<TopicClassifier> classifierOf(String topic, long bundleId) {
		return classifiersByTopic().getOrDefault(topic, List.of()).stream()
			.filter(r -> r.reference().getBundle() != null && r.reference().getBundle().getBundleId() == bundleId)
			.findFirst().orElseThrow(() -> new IllegalArgumentException(
				"bundle " + bundleId + " registers no classifier for topic '" + topic + "'"));
	}

	@Override
	public void shadow(String topic, long bundleId) {
		shadows.put(topic, new ShadowLog(topic, classifierOf(topic, bundleId)));
	}

	@Override
	public void stopShadow(String topic) {
		ShadowLog log = shadows.get(topic);
		if (log != null) {
			log.stop();
		}
	}

	@Override
	public ShadowReport shadowReport() {
		return new ShadowReport(new java.util.TreeMap<>(shadows).values().stream().map(ShadowLog::tally).toList());
	}

	@Override
	public void promote(String topic, long bundleId) {
		String bundle = symbolicName(classifierOf(topic, bundleId));
		stopShadow(topic);
		changePins(p -> p.put(topic, bundle));
	}

	@Override
	public void unpin(String topic) {
		changePins(p -> p.remove(topic));
	}

	/** Pins take effect at once and, when Config Admin is present, survive restarts. */
	private void changePins(Consumer<Map<String, String>> edit) {
		try {
			pins.change(edit, this::savePins);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot save the promotion in Config Admin: " + e.getMessage(), e);
		}
	}

	private void savePins(String[] pinned, long generation) throws IOException {
		ConfigurationAdmin cm = configurationAdmin;
		if (cm == null) {
			return;
		}
		var configuration = cm.getConfiguration(PID, "?");
		java.util.Dictionary<String, Object> props = configuration.getProperties();
		if (props == null) {
			props = new java.util.Hashtable<>();
		}
		props.put(Pins.PINNED, pinned);
		props.put(Pins.GENERATION, generation);
		configuration.update(props);
	}

	private PageResult read(RawPage raw, StoryProcessor processor) {
		try {
			Page page = PageDecoder.decode(raw);
			List<Story> stories = readerFor(page).service().read(page);
			List<StoryRecord> records = new ArrayList<>(stories.size());
			for (int i = 0; i < stories.size(); i++) {
				records.add(processor.process(raw.source(), i, stories.get(i)));
			}
			return new PageResult(raw.source(), records, null);
		} catch (IngestException e) {
			return PageResult.failed(raw.source(), e.getMessage());
		} catch (RuntimeException | Error e) {
			// a page too deep or too big for this heap, a reader whose bundle left mid-call, or one
			// whose own assertion failed: this page's error, not the end of the run
			return PageResult.failed(raw.source(), "reading the page failed: " + e);
		}
	}

	/** @return the first-ranked reader that can be got and accepts the page */
	private Ranked<PageReader> readerFor(Page page) throws IngestException {
		return readers.snapshot().stream().filter(r -> r.service() != null && r.service().accepts(page)).findFirst()
			.orElseThrow(() -> new IngestException("no installed reader accepts this page"));
	}

	/**
	 * The run itself failed (its output, its journal, a resume that does not fit) while a page
	 * source was delivering a page: not the source's fault, so it ends the run.
	 */
	private static final class RunAborted extends RuntimeException {
		private static final long serialVersionUID = 1L;

		RunAborted(RuntimeException reason) {
			super(reason);
		}

		RuntimeException reason() {
			return (RuntimeException) getCause();
		}
	}

	/**
	 * One run: pages are read on the worker threads, a bounded window of them in flight (by count
	 * and by bytes, so memory stays flat however many pages come), and their records written in
	 * input order as the head of the window completes.
	 */
	private final class Run implements PageSink {
		/** A page in flight and the bytes it holds. */
		private record InFlight(Future<PageResult> result, long bytes) {
		}

		private final RecordSink sink;
		private final java.util.function.Consumer<String> progress;
		private final Deque<InFlight> window = new ArrayDeque<>();
		private final int windowSize = threads * 8;
		private final long windowBytes = Runtime.getRuntime().maxMemory() / 16;
		private final Map<String, Integer> perTopic = new java.util.TreeMap<>();
		private int sources, failed, skipped, stories, storyErrors;
		private long bytesInFlight;
		private final long started = System.nanoTime();
		private long lastProgress = started;
		private RunJournal journal;
		private ResumePoint resume;

		Run(RecordSink sink, java.util.function.Consumer<String> progress) {
			this.sink = sink;
			this.progress = progress;
		}

		/** From now on every finished page goes to the journal; pages it already holds are skipped. */
		void journal(RunJournal j) {
			journal = j;
			resume = j.pages() == 0 ? null : new ResumePoint(j.pages(), j.namesDigest());
		}

		RunSummary over(List<String> inputs, long start) {
			open(inputs, this);
			drain(0);
			if (resume != null) {
				resume.finish();
			}
			return summary(Duration.ofNanos(System.nanoTime() - start));
		}

		@Override
		public void page(RawPage page) {
			try {
				if (resume != null && resume.skip(page.source())) {
					return;
				}
				StoryProcessor processor = processor();
				bytesInFlight += page.bytes().length;
				window.add(new InFlight(workers.submit(() -> read(page, processor)), page.bytes().length));
				drain(windowSize);
				while (bytesInFlight > windowBytes && window.size() > 1) {
					drain(window.size() - 1);
				}
			} catch (RuntimeException e) {
				throw new RunAborted(e);
			}
		}

		@Override
		public void failed(String source, String reason) {
			try {
				if (resume != null && resume.skip(source)) {
					return;
				}
				window.add(new InFlight(CompletableFuture.completedFuture(PageResult.failed(source, reason)), 0));
				drain(windowSize);
			} catch (RuntimeException e) {
				throw new RunAborted(e);
			}
		}

		@Override
		public void skipped(String source) {
			skipped++;
		}

		/** Writes completed pages from the head of the window until at most {@code keep} remain. */
		void drain(int keep) {
			while (window.size() > keep) {
				InFlight head = window.removeFirst();
				PageResult r;
				try {
					r = head.result().get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("run interrupted", e);
				} catch (ExecutionException e) {
					throw new IllegalStateException("a worker failed unexpectedly", e.getCause());
				}
				bytesInFlight -= head.bytes();
				record(r);
				if (journal != null) {
					try {
						journal.append(r);
					} catch (IOException e) {
						throw new UncheckedIOException("writing the run journal failed: " + e.getMessage(), e);
					}
				}
			}
		}

		/** Counts one finished page and hands its records to the sink. */
		void record(PageResult r) {
			sources++;
			if (r.error() != null) {
				failed++;
				sink.error(r.error());
				progress.accept("error: " + r.error().source() + ": " + r.error().error());
			}
			for (StoryRecord rec : r.records()) {
				stories++;
				rec.topics().forEach(t -> perTopic.merge(t, 1, Integer::sum));
				if (!rec.errors().isEmpty()) {
					storyErrors++;
				}
				sink.story(rec);
			}
			long now = System.nanoTime();
			if (now - lastProgress > 2_000_000_000L) {
				lastProgress = now;
				double seconds = (now - started) / 1e9;
				progress.accept(String.format(java.util.Locale.ROOT, "progress: %d sources, %d stories, %.0f s (%.0f stories/s)",
					sources, stories, seconds, stories / seconds));
			}
		}

		RunSummary summary(Duration elapsed) {
			return new RunSummary(sources, failed, skipped, stories, perTopic, storyErrors, elapsed);
		}
	}
}
