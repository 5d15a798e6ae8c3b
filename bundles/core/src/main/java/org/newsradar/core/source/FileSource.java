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
import java.util.ArrayList;
import java.util.List;
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
	/** Larger files are refused, not read: no news page is this big, and memory stays flat. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

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
		List<Path> files = new ArrayList<>();
		try {
			Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
				new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						if (attrs.isRegularFile()) {
							files.add(file);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) {
						String why = e instanceof FileSystemLoopException ? "folder loop (symbolic link back to a parent)"
							: "cannot read: " + e;
						sink.failed(sourceName(input, dir, file), why);
						return FileVisitResult.CONTINUE;
					}
				});
		} catch (IOException e) {
			sink.failed(input, "cannot walk folder: " + e);
		}
		files.sort(null);
		for (Path f : files) {
			String name = f.getFileName().toString();
			int dot = name.lastIndexOf('.');
			String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
			if (PAGE_EXTENSIONS.contains(ext)) {
				read(sourceName(input, dir, f), f, sink);
			} else {
				sink.skipped(sourceName(input, dir, f));
			}
		}
	}

	private static String sourceName(String input, Path dir, Path file) {
		return input.endsWith("/") ? input + dir.relativize(file) : input + "/" + dir.relativize(file);
	}

	private void read(String source, Path file, PageSink sink) {
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				sink.failed(source, "file too large: " + size + " bytes (limit " + MAX_BYTES + ")");
				return;
			}
			sink.page(new RawPage(source, Files.readAllBytes(file), null));
		} catch (IOException e) {
			sink.failed(source, "cannot read file: " + e);
		}
	}
}
