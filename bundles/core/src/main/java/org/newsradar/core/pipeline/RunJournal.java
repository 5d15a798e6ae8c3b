package org.newsradar.core.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.newsradar.api.json.Json;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.SourceError;
import org.newsradar.api.model.StoryRecord;

/**
 * The journal that makes an export run resumable. Exporters publish their files only when the run
 * commits, so a run killed half-way leaves nothing new behind; the journal, kept beside the outputs
 * under a stable name, holds every page the run has finished, as it finished it: the page's records
 * (exactly, scores unrounded), then a line closing the page. {@code --resume} replays the closed
 * pages into fresh export writers, cuts off whatever the kill left half-written after the last
 * closing line, and the run goes on with the next page. The journal is deleted once every exporter
 * has committed, or when it closes without a page in it. A lock on it keeps two runs from writing
 * into the same folder at once; a run takes it before opening its outputs, so a second run is turned
 * away before touching them (an SQLite output would otherwise wait on the first run's transaction).
 * <p>
 * Pages are identified by their order and source name: the pipeline's input order is
 * deterministic, so the finished pages are a prefix of the run, remembered as a count and a digest
 * of their names (not a set of names: a million of those would not fit a small heap).
 */
final class RunJournal implements Closeable {
	static final String FILE_NAME = ".newsradar-run.journal";
	/**
	 * The journals that runs of this process hold. A second run here must not even open a held
	 * journal: closing its channel would drop the first run's lock for every other process (POSIX).
	 */
	private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
	private static final String TYPE = "t";

	private final Path path;
	private final FileChannel channel;
	private final FileLock lock;
	private final OutputStream out;
	private final MessageDigest names = sha256();
	private long pages;

	private RunJournal(Path path, FileChannel channel, FileLock lock) {
		this.path = path;
		this.channel = channel;
		this.lock = lock;
		this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
	}

	/**
	 * Takes the folder {@code dir} for a run; {@link #start} then begins its journal.
	 *
	 * @throws IOException when another run holds the folder, or the journal cannot be written
	 */
	static RunJournal lock(Path dir) throws IOException {
		Path path = dir.resolve(FILE_NAME);
		if (!HELD.add(path.toAbsolutePath().normalize())) {
			throw busy(dir);
		}
		try {
			FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw busy(dir);
			}
			return new RunJournal(path, channel, lock);
		} catch (IOException | RuntimeException e) {
			HELD.remove(path.toAbsolutePath().normalize());
			throw e;
		}
	}

	private static IOException busy(Path dir) {
		return new IOException("another newsradar run is writing into " + dir);
	}

	/**
	 * Begins the run's journal.
	 *
	 * @param resume when true, the closed pages of an interrupted run's journal are handed to
	 *               {@code replay} in order and kept; otherwise the journal starts empty
	 */
	void start(boolean resume, Consumer<PageResult> replay) throws IOException {
		long end = resume ? replay(replay) : 0;
		channel.truncate(end);
		channel.position(end);
	}

	/** @return whether {@code dir} holds the journal of a run that did not finish */
	static boolean interrupted(Path dir) {
		try {
			return Files.size(dir.resolve(FILE_NAME)) > 0;
		} catch (IOException e) {
			return false;
		}
	}

	/** @return pages closed in the journal (replayed or appended) */
	long pages() {
		return pages;
	}

	/** @return the digest of the closed pages' source names, in order */
	byte[] namesDigest() {
		try {
			return ((MessageDigest) names.clone()).digest();
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException("SHA-256 digests are cloneable", e);
		}
	}

	/** Appends one finished page and hands it to the operating system, so a kill cannot lose it. */
	void append(PageResult page) throws IOException {
		for (StoryRecord r : page.records()) {
			line(story(r));
		}
		if (page.error() != null) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put(TYPE, "error");
			error.put("source", page.error().source());
			error.put("error", page.error().error());
			line(error);
		}
		Map<String, Object> end = new LinkedHashMap<>();
		end.put(TYPE, "page");
		end.put("source", page.source());
		line(end);
		out.flush();
		close(page.source());
	}

	/** Removes the journal: every output is in place. */
	void delete() throws IOException {
		close();
		Files.deleteIfExists(path);
	}

	/** Releases the folder; a journal without a page in it has nothing to resume and goes. */
	@Override
	public void close() throws IOException {
		try {
			if (channel.isOpen()) {
				out.flush();
				if (channel.size() == 0) {
					Files.deleteIfExists(path);
				}
			}
		} finally {
			try {
				if (lock.isValid()) {
					lock.release();
				}
				channel.close();
			} finally {
				HELD.remove(path.toAbsolutePath().normalize());
			}
		}
	}

	private void close(String source) {
		names.update(source.getBytes(StandardCharsets.UTF_8));
		names.update((byte) '\n');
		pages++;
	}

	private void line(Map<String, Object> fields) throws IOException {
		out.write(Json.toJson(fields).getBytes(StandardCharsets.UTF_8));
		out.write('\n');
	}

	/** Replays the closed pages; @return the offset just past the last closing line */
	private long replay(Consumer<PageResult> replay) throws IOException {
		long offset = 0;
		long end = 0;
		List<StoryRecord> records = new ArrayList<>();
		SourceError error = null;
		InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16);
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b; (b = in.read()) >= 0;) {
			if (b != '\n') {
				line.write(b);
				continue;
			}
			offset += line.size() + 1;
			Map<?, ?> fields;
			try {
				fields = (Map<?, ?>) Json.parse(line.toString(StandardCharsets.UTF_8));
			} catch (RuntimeException damaged) {
				break; // only a kill mid-write leaves a damaged line, and nothing after it counts
			}
			line.reset();
			switch (String.valueOf(fields.get(TYPE))) {
				case "story" -> records.add(story(fields));
				case "error" -> error = new SourceError((String) fields.get("source"), (String) fields.get("error"));
				case "page" -> {
					String source = (String) fields.get("source");
					replay.accept(new PageResult(source, records, error));
					close(source);
					records.clear();
					error = null;
					end = offset;
				}
				default -> throw new IOException("unknown line in the run journal " + path + ": " + fields.get(TYPE));
			}
		}
		return end;
	}

	private static Map<String, Object> story(StoryRecord r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(TYPE, "story");
		m.put("id", r.id());
		m.put("source", r.source());
		m.put("story", r.story());
		m.put("title", r.title());
		m.put("date", r.date());
		m.put("outlet", r.outlet());
		m.put("byline", r.byline());
		m.put("url", r.url());
		m.put("body", r.body());
		m.put("topics", r.topics());
		m.put("scores", r.scores());
		Map<String, List<List<Object>>> evidence = new LinkedHashMap<>();
		r.evidence().forEach((topic, list) -> evidence.put(topic,
			list.stream().map(e -> List.<Object>of(e.text(), e.field(), e.start(), e.end())).toList()));
		m.put("evidence", evidence);
		m.put("classifiers", r.classifiers());
		m.put("regions", r.regions());
		m.put("places", r.places());
		m.put("amounts_krw", r.amountsKrw());
		m.put("amounts_other", r.otherAmounts());
		m.put("jobs", r.jobs());
		m.put("capacity_mw", r.capacityMw());
		m.put("errors", r.errors());
		return m;
	}

	@SuppressWarnings("unchecked")
	private static StoryRecord story(Map<?, ?> m) {
		Map<String, Double> scores = new LinkedHashMap<>();
		((Map<String, Number>) m.get("scores")).forEach((k, v) -> scores.put(k, v.doubleValue()));
		Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
		((Map<String, List<List<Object>>>) m.get("evidence")).forEach((topic, list) -> evidence.put(topic,
			list.stream().map(e -> new Evidence((String) e.get(0), (String) e.get(1), ((Number) e.get(2)).intValue(),
				((Number) e.get(3)).intValue())).toList()));
		return new StoryRecord((String) m.get("id"), (String) m.get("source"), ((Number) m.get("story")).intValue(),
			(String) m.get("title"), (String) m.get("date"), (String) m.get("outlet"), (String) m.get("byline"),
			(String) m.get("url"), (String) m.get("body"), (List<String>) m.get("topics"), scores, evidence,
			(Map<String, String>) m.get("classifiers"), (List<String>) m.get("regions"), (List<String>) m.get("places"),
			longs(m.get("amounts_krw")), (List<String>) m.get("amounts_other"), longs(m.get("jobs")),
			((List<Number>) m.get("capacity_mw")).stream().map(Number::doubleValue).toList(),
			(List<String>) m.get("errors"));
	}

	@SuppressWarnings("unchecked")
	private static List<Long> longs(Object list) {
		return ((List<Number>) list).stream().map(Number::longValue).toList();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
