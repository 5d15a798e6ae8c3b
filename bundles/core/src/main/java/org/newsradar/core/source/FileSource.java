package org.newsradar.core.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;

import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.ingest.PageSource;
import org.newsradar.api.model.RawPage;
import org.osgi.service.component.annotations.Component;

/**
 * Files and folders. A folder is walked recursively in name order for pages ({@code .html},
 * {@code .htm}, {@code .txt}, saved feeds); other files are skipped and counted. A file named
 * explicitly is always tried.
 */
@Component(property = "service.ranking:Integer=-100")
public class FileSource implements PageSource {
	static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "txt", "text", "xml", "rss", "atom");
	/**
	 * Larger files are refused with a reason, not read: no news page is this big (the largest real
	 * ones, inline scripts and all, are a few MB), a page's text and parse tree take several times
	 * its bytes, and readers slow down with size (a 50 MB page kept the HTML reader busy for two
	 * minutes before it overflowed its stack). The limit is 16 MB, less on a heap under 256 MB.
	 */
	static final long MAX_BYTES = Math.min(16L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);

	@Override
	public boolean accepts(String input) {
		return !input.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
	}

	@Override
	public void open(String input, PageSink sink) {
		Path path = Paths.get(input);
		if (Files.isDirectory(path)) {
			walk(input, path, sink);
		} else if (Files.exists(path)) {
			read(input, path, sink);
		} else {
			sink.failed(input, "no such file or folder");
		}
	}

	private void walk(String input, Path dir, PageSink sink) {
		// every file found, in name order, with the reason it cannot be read (null when it can)
		Map<Path, String> found = new TreeMap<>();
		try {
			Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
				new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						if (attrs.isRegularFile()) {
							found.put(file, null);
						} else if (attrs.isSymbolicLink()) {
							// the walk follows links: a link it could not follow points nowhere
							found.put(file, "broken symbolic link (its target does not exist)");
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) {
						found.put(file, e instanceof FileSystemLoopException ? "folder loop (symbolic link back to a parent)"
							: "cannot read: " + e);
						return FileVisitResult.CONTINUE;
					}
				});
		} catch (IOException e) {
			sink.failed(input, "cannot walk folder: " + e);
		}
		found.forEach((f, unreadable) -> {
			String name = f.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
			if (unreadable != null) {
				sink.failed(sourceName(input, dir, f), unreadable);
			} else if (PAGE_EXTENSIONS.contains(ext)) {
				read(sourceName(input, dir, f), f, sink);
			} else {
				sink.skipped(sourceName(input, dir, f));
			}
		});
	}

	private static String sourceName(String input, Path dir, Path file) {
		return input.endsWith("/") ? input + dir.relativize(file) : input + "/" + dir.relativize(file);
	}

	private void read(String source, Path file, PageSink sink) {
		try {
			if (!Files.isRegularFile(file)) {
				// a named pipe or device would block the run or never end
				sink.failed(source, "not a regular file");
				return;
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				sink.failed(source, "file too large for a news page: " + size + " bytes (the limit is " + MAX_BYTES
					+ " bytes)");
				return;
			}
			sink.page(new RawPage(source, Files.readAllBytes(file), null));
		} catch (IOException e) {
			sink.failed(source, "cannot read file: " + e);
		}
	}
}
