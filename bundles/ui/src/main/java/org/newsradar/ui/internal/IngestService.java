package org.newsradar.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.json.Json;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RecordSink;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.ui.api.SourceEntry;
import org.newsradar.ui.api.Sources;
import org.newsradar.ui.api.Watch;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Feeds the story store: one-off ingests and watched folders and feeds, read through the pipeline
 * one batch at a time on a single background thread. A folder's file is read once its size and
 * time stood still between two looks (a file being copied in is not read half-written), and again
 * only when it changes; a feed is read again every few minutes, and the store holds each story
 * once by its stable id. With an output folder set, every batch rewrites the outputs from the
 * store through the installed exporters, so they always hold every story seen.
 */
// immediate: watches and the log live as long as the bundle, not as long as someone holds the service
@Component(service = { Sources.class, IngestService.class }, configurationPid = IngestService.PID, immediate = true)
@Designate(ocd = IngestService.Config.class)
public class IngestService implements Sources {
	static final String PID = "org.newsradar.ui.ingest";
	private static final Pattern WEB = Pattern.compile("(?i)^https?://\\S+$");
	/** Names of files still being written by browsers, editors and copy tools. */
	private static final Pattern UNFINISHED = Pattern.compile("(?i).*(~|\\.part|\\.partial|\\.tmp|\\.crdownload|\\.swp)$");

	@ObjectClassDefinition(name = "newsradar workbench ingest", description = "How the web workbench watches folders and feeds.")
	public @interface Config {
		@AttributeDefinition(description = "How often watched folders are looked at, in milliseconds.")
		long folder_poll_ms() default 1000;

		@AttributeDefinition(description = "How often watched feeds are read again, in seconds.")
		long feed_poll_s() default 600;

		@AttributeDefinition(description = "Extensions of the files in a watched folder that are read as pages; others are logged as skipped.")
		String[] page_extensions() default { "html", "htm", "xhtml", "txt", "text", "xml", "rss", "atom" };

		@AttributeDefinition(description = "Most entries kept in the log of ingested sources.")
		int log_entries() default 5000;
	}

	private final Pipeline pipeline;
	private final MemoryStoryStore store;
	private final EventHub events;
	/** Exporters by service reference, highest ranking first. */
	private final Map<ServiceReference<Exporter>, Exporter> exporters = new ConcurrentSkipListMap<>(java.util.Collections.reverseOrder());

	private volatile Config config;
	private final ScheduledExecutorService worker;
	private final Map<String, WatchState> watches = new ConcurrentHashMap<>();
	private final Deque<SourceEntry> log = new ArrayDeque<>();
	private final Set<String> known = ConcurrentHashMap.newKeySet();
	/** The latest failure of each source that has not been read since; exported as error records. */
	private final Map<String, SourceError> failures = new ConcurrentHashMap<>();
	private final Instant started = Instant.now();
	private volatile String activity;
	private volatile Path out;
	private volatile int skipped;

	/** A watched folder or feed and what was seen of it. */
	private static final class WatchState {
		final String input;
		final boolean feed;
		/** Folder files read, and the size and time they had then. */
		final Map<Path, FileKey> read = new TreeMap<>();
		/** Folder files seen once, to be read when they look the same the next time. */
		final Map<Path, FileKey> settling = new TreeMap<>();
		volatile Instant lastChecked;
		volatile Instant nextFeedRead = Instant.EPOCH;
		volatile int sources;
		volatile String problem;

		WatchState(String input, boolean feed) {
			this.input = input;
			this.feed = feed;
		}

		Watch view() {
			return new Watch(input, feed, lastChecked, sources, problem);
		}
	}

	private record FileKey(long size, long modified) {
	}

	@Reference(service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addExporter(ServiceReference<Exporter> ref, Exporter exporter) {
		exporters.put(ref, exporter);
	}

	void removeExporter(ServiceReference<Exporter> ref) {
		exporters.remove(ref);
	}

	@Activate
	public IngestService(@Reference Pipeline pipeline, @Reference MemoryStoryStore store, @Reference EventHub events,
		Config config) {
		this.pipeline = pipeline;
		this.store = store;
		this.events = events;
		this.config = config;
		worker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "newsradar-ui-ingest");
			t.setDaemon(true);
			return t;
		});
		long every = Math.max(100, config.folder_poll_ms());
		worker.scheduleWithFixedDelay(this::lookAtWatches, every, every, TimeUnit.MILLISECONDS);
	}

	@Modified
	void modified(Config config) {
		this.config = config;
		watches.values().forEach(w -> w.nextFeedRead = Instant.EPOCH);
	}

	@Deactivate
	void deactivate() {
		worker.shutdownNow();
	}

	/** Writes the outputs to this folder after every batch from now on (and once now). */
	void exportTo(Path folder) {
		out = folder;
		worker.execute(this::export);
	}

	@Override
	public void watch(String input) {
		String in = input.strip();
		boolean feed = WEB.matcher(in).matches();
		if (!feed && !Files.isDirectory(Path.of(in))) {
			throw new IllegalArgumentException("not a folder or an http(s) feed address: " + in);
		}
		watches.putIfAbsent(in, new WatchState(in, feed));
		events.publish(WorkbenchView.SOURCES, "{}");
	}

	@Override
	public void ingest(String input) {
		String in = input.strip();
		worker.execute(() -> read(List.of(in), null));
	}

	@Override
	public List<Watch> watches() {
		return watches.values().stream().map(WatchState::view)
			.sorted(java.util.Comparator.comparing(Watch::input)).toList();
	}

	@Override
	public List<SourceEntry> recent(int limit) {
		synchronized (log) {
			return log.stream().limit(Math.max(0, limit)).toList();
		}
	}

	@Override
	public boolean known(String source) {
		return known.contains(source);
	}

	@Override
	public String activity() {
		return activity;
	}

	/** One tick of the worker: every watched folder, and every feed that is due. */
	void lookAtWatches() {
		for (WatchState w : watches.values()) {
			try {
				if (w.feed) {
					if (Instant.now().isAfter(w.nextFeedRead)) {
						w.nextFeedRead = Instant.now().plusSeconds(Math.max(1, config.feed_poll_s()));
						w.lastChecked = Instant.now();
						w.sources++;
						w.problem = read(List.of(w.input), w.input);
					}
				} else {
					lookAtFolder(w);
				}
			} catch (RuntimeException e) {
				// one watch failing must not stop the others, nor the worker's schedule
				w.problem = e.toString();
			}
		}
	}

	private void lookAtFolder(WatchState w) {
		Path dir = Path.of(w.input);
		Map<Path, FileKey> now = new TreeMap<>();
		try (var files = Files.walk(dir, 16)) {
			files.filter(Files::isRegularFile).filter(f -> !hidden(dir.relativize(f))).forEach(f -> {
				try {
					now.put(f, new FileKey(Files.size(f), Files.getLastModifiedTime(f).toMillis()));
				} catch (IOException gone) {
					// deleted between the listing and the look: the next tick decides
				}
			});
			w.problem = null;
		} catch (IOException | java.io.UncheckedIOException e) {
			w.problem = "cannot list the folder: " + e.getMessage();
			return;
		} finally {
			w.lastChecked = Instant.now();
		}
		List<String> pages = new ArrayList<>();
		List<String> others = new ArrayList<>();
		now.forEach((file, key) -> {
			if (key.equals(w.read.get(file))) {
				return;
			}
			if (key.equals(w.settling.remove(file))) {
				w.read.put(file, key);
				(isPage(file) ? pages : others).add(sourceName(w.input, dir, file));
			} else {
				w.settling.put(file, key);
			}
		});
		w.settling.keySet().retainAll(now.keySet());
		w.read.keySet().retainAll(now.keySet());
		for (String other : others) {
			skipped++;
			record(new SourceEntry(other, Instant.now(), SourceEntry.Status.SKIPPED, 0, 0, "not a page (by its extension)",
				w.input));
		}
		if (!pages.isEmpty()) {
			w.sources += pages.size();
			read(pages, w.input);
		} else if (!others.isEmpty()) {
			events.publish(WorkbenchView.SOURCES, "{}");
		}
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return UNFINISHED.matcher(relative.getFileName().toString()).matches();
	}

	private boolean isPage(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return List.of(config.page_extensions()).contains(ext);
	}

	/** The source name a folder run gives the file, so that its stories get the same ids as in {@code classify DIR}. */
	private static String sourceName(String input, Path dir, Path file) {
		return input.endsWith("/") ? input + dir.relativize(file) : input + "/" + dir.relativize(file);
	}

	/**
	 * Reads inputs through the pipeline into the store and the log. Stories go into the store in
	 * bunches as they come, so a long read shows its stories while it runs.
	 *
	 * @return why the whole batch failed, or {@code null}
	 */
	private String read(List<String> inputs, String via) {
		String what = inputs.size() == 1 ? inputs.get(0) : inputs.size() + "개 입력";
		Batch batch = new Batch(what);
		progress("읽는 중: " + what);
		String failure = null;
		RunSummary summary = null;
		try {
			summary = pipeline.process(inputs, batch);
		} catch (RuntimeException e) {
			failure = "reading failed: " + e;
			for (String input : inputs) {
				batch.errors.add(new SourceError(input, failure));
			}
		}
		batch.flush();
		boolean feed = via != null && WEB.matcher(via).matches();
		Instant at = Instant.now();
		batch.perSource.forEach((source, counts) -> {
			failures.remove(source);
			// a feed read again brings its old items again: only what is new or failing is logged
			if (!feed || counts[1] > 0 || !known.contains(source)) {
				record(new SourceEntry(source, at, SourceEntry.Status.READ, counts[0], counts[1], null, via));
			}
		});
		for (SourceError e : batch.errors) {
			SourceError before = failures.put(e.source(), e);
			if (!feed || before == null || !before.error().equals(e.error())) {
				record(new SourceEntry(e.source(), at, SourceEntry.Status.FAILED, 0, 0, e.error(), via));
			}
		}
		if (summary != null && via == null && summary.skipped() > 0) {
			skipped += summary.skipped();
			record(new SourceEntry(inputs.get(0), at, SourceEntry.Status.SKIPPED, 0, 0,
				summary.skipped() + " files are not pages (by their extension)", null));
		}
		progress(null);
		events.publish(WorkbenchView.SOURCES, "{}");
		export();
		return failure != null ? failure : batch.errors.size() == 1 && inputs.size() == 1 && batch.perSource.isEmpty()
			? batch.errors.get(0).error() : null;
	}

	/** The records of one read, handed to the store a bunch at a time, and what each source gave. */
	private final class Batch implements RecordSink {
		private static final int BUNCH = 200;
		private static final long BUNCH_NANOS = 1_000_000_000L;
		final String what;
		final List<StoryRecord> pending = new ArrayList<>();
		/** Per source: stories read, and of those, stories the store did not hold. */
		final Map<String, int[]> perSource = new LinkedHashMap<>();
		final List<SourceError> errors = new ArrayList<>();
		long lastFlush = System.nanoTime();
		int stories;

		Batch(String what) {
			this.what = what;
		}

		@Override
		public void story(StoryRecord record) {
			pending.add(record);
			stories++;
			if (pending.size() >= BUNCH || System.nanoTime() - lastFlush > BUNCH_NANOS) {
				flush();
				progress("읽는 중: " + what + " — 기사 " + stories + "건");
			}
		}

		@Override
		public void error(SourceError error) {
			errors.add(error);
		}

		void flush() {
			lastFlush = System.nanoTime();
			if (pending.isEmpty()) {
				return;
			}
			Set<String> added = store.add(pending);
			for (StoryRecord r : pending) {
				int[] counts = perSource.computeIfAbsent(r.source(), s -> new int[2]);
				counts[0]++;
				if (added.contains(r.id())) {
					counts[1]++;
				}
			}
			pending.clear();
			if (!added.isEmpty()) {
				events.publish(WorkbenchView.STORIES, "{\"added\":" + added.size() + "}");
			}
		}
	}

	private void record(SourceEntry entry) {
		known.add(entry.source());
		synchronized (log) {
			log.addFirst(entry);
			while (log.size() > Math.max(1, config.log_entries())) {
				log.removeLast();
			}
		}
	}

	private void progress(String text) {
		activity = text;
		Map<String, Object> data = new java.util.HashMap<>();
		data.put("activity", text);
		events.publish("progress", Json.toJson(data));
	}

	/** Rewrites every output from the store: each format's file then holds every story seen. */
	private void export() {
		Path folder = out;
		if (folder == null) {
			return;
		}
		List<StoryRecord> all = store.all();
		Map<String, Integer> perTopic = new TreeMap<>();
		all.forEach(r -> r.topics().forEach(t -> perTopic.merge(t, 1, Integer::sum)));
		int storyErrors = (int) all.stream().filter(r -> !r.errors().isEmpty()).count();
		List<SourceError> errors = new ArrayList<>(new TreeMap<>(failures).values());
		RunSummary summary = new RunSummary(known.size(), errors.size(), skipped, all.size(), perTopic, storyErrors,
			Duration.between(started, Instant.now()));
		Map<String, Exporter> byFormat = new LinkedHashMap<>();
		exporters.forEach((ref, e) -> byFormat.putIfAbsent(format(ref, e), e));
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			System.err.println("newsradar: cannot create the output folder " + folder + ": " + e.getMessage());
			return;
		}
		byFormat.forEach((format, exporter) -> {
			try (ExportWriter w = exporter.open(new ExportTarget(folder, Map.of()))) {
				for (StoryRecord r : all) {
					w.story(r);
				}
				for (SourceError e : errors) {
					w.error(e);
				}
				w.commit(summary);
			} catch (IOException | RuntimeException e) {
				System.err.println("newsradar: writing " + format + " to " + folder + " failed: " + e);
			}
		});
	}

	private static String format(ServiceReference<Exporter> ref, Exporter exporter) {
		Object f = ref.getProperty(Exporter.FORMAT);
		return f != null ? f.toString() : exporter.format();
	}
}
