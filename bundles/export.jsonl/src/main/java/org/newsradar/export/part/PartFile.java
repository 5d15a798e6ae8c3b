package org.newsradar.export.part;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A hidden file beside an output ({@code .NAME.UUID[.PART].partial}) that a run writes while it
 * goes and moves into place when it commits. Its writer holds a lock on it for as long as it
 * lives, so one that can be locked has no writer any more: it was left by a run that was killed.
 * Creating a part file first removes such leftovers of the same output, and nothing else: not
 * the part files of a run still writing (in this process or another), not a file of any other
 * name. Shared by the exporters, which inline this package.
 * <p>
 * File locks belong to the process, and closing any channel on a file can drop every lock the
 * process holds on it (POSIX): so this process never opens its own living part files a second
 * time, neither to test their lock nor to read them back.
 */
public final class PartFile implements Closeable {
	/**
	 * The region locked: one byte far past any content, so readers of the part file (the report
	 * reads its parts back on commit) are never blocked where locks are mandatory.
	 */
	private static final long LOCK_POSITION = Long.MAX_VALUE - 1;
	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
	/** The part files this process is writing, by absolute path. */
	private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

	private final Path path;
	private final FileChannel channel;
	private final BufferedWriter writer;

	private PartFile(Path path, FileChannel channel) {
		this.path = path;
		this.channel = channel;
		this.writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
	}

	/**
	 * Removes the part files that killed runs left beside {@code target}, then creates a new one.
	 *
	 * @param part names one of several part files of the same output ({@code stories}), or null
	 */
	public static PartFile create(Path target, String part) throws IOException {
		removeLeftovers(target);
		String prefix = "." + target.getFileName() + ".";
		String suffix = (part == null ? "" : "." + part) + ".partial";
		while (true) {
			Path path = target.resolveSibling(prefix + UUID.randomUUID() + suffix);
			// listed before it exists, so that no clean-up of this process ever opens it
			WRITING.add(path.toAbsolutePath());
			try {
				// default permissions, not createTempFile's owner-only ones, which would stay on the output
				FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
				// another process's clean-up may have locked and removed it between creation and our lock
				if (tryLock(channel) != Lock.HELD && Files.exists(path)) {
					return new PartFile(path, channel);
				}
				channel.close();
			} catch (IOException | RuntimeException e) {
				WRITING.remove(path.toAbsolutePath());
				throw e;
			}
			WRITING.remove(path.toAbsolutePath());
		}
	}

	/** @return how many part files of {@code target} with no living writer were removed */
	public static int removeLeftovers(Path target) throws IOException {
		Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + UUID_PATTERN
			+ "(\\.[a-z]+)?\\.partial");
		int removed = 0;
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.toAbsolutePath().getParent(),
			p -> ours.matcher(p.getFileName().toString()).matches() && !WRITING.contains(p.toAbsolutePath()))) {
			for (Path p : siblings) {
				if (removeUnlocked(p)) {
					removed++;
				}
			}
		}
		return removed;
	}

	/** Removes {@code p} when no writer holds its lock; the lock is held while removing. */
	private static boolean removeUnlocked(Path p) throws IOException {
		FileChannel channel;
		try {
			channel = FileChannel.open(p, StandardOpenOption.WRITE);
		} catch (NoSuchFileException gone) {
			return false;
		}
		try (channel) {
			return tryLock(channel) == Lock.TAKEN && Files.deleteIfExists(p);
		}
	}

	/** How an attempt to lock a part file went. */
	private enum Lock {
		TAKEN, HELD,
		/** The file system has no locks (some network mounts): parts are written, and never taken for leftovers. */
		UNSUPPORTED
	}

	/** Locks the channel's file until the channel closes, if no writer (of this process or another) holds it. */
	private static Lock tryLock(FileChannel channel) {
		try {
			return channel.tryLock(LOCK_POSITION, 1, false) != null ? Lock.TAKEN : Lock.HELD;
		} catch (OverlappingFileLockException heldHere) {
			return Lock.HELD;
		} catch (IOException noLocks) {
			return Lock.UNSUPPORTED;
		}
	}

	/** @return where the part is written */
	public Path path() {
		return path;
	}

	/** Copies what was written so far to {@code out}, through the part's own channel. */
	public void copyTo(Writer out) throws IOException {
		writer.flush();
		Reader in = Channels.newReader(channel.position(0), StandardCharsets.UTF_8);
		in.transferTo(out);
	}

	/** @return the part's UTF-8 writer; do not close it: {@link #moveTo} or {@link #close} ends the part */
	public Writer writer() {
		return writer;
	}

	/** Moves the written part onto {@code target}, atomically, replacing what was there. */
	public void moveTo(Path target) throws IOException {
		writer.flush();
		// still locked while it moves, so no clean-up can take it for a leftover
		Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		end();
	}

	/** Discards the part unless it was moved into place; releases its lock. */
	@Override
	public void close() throws IOException {
		if (!channel.isOpen()) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		} finally {
			end();
		}
	}

	private void end() throws IOException {
		try {
			channel.close();
		} finally {
			WRITING.remove(path.toAbsolutePath());
		}
	}
}
