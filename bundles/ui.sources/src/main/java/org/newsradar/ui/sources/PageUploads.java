package org.newsradar.ui.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * Where pages sent from the browser are kept: one folder, each file under a name made from the
 * sent one (its last path segment, letters, digits, dot, dash and underscore only, a page
 * extension) and the time, so that no sent name can reach outside the folder or replace a file.
 */
final class PageUploads {
	private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "txt");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
	private final Path folder;

	PageUploads(Path folder) {
		this.folder = folder;
	}

	/** @return a harmless file name for the sent name, or {@code null} when it is not a page's */
	static String safeName(String sent) {
		String last = sent.replace('\\', '/');
		last = last.substring(last.lastIndexOf('/') + 1);
		last = Normalizer.normalize(last, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._-]", "_");
		int dot = last.lastIndexOf('.');
		if (dot <= 0 || !PAGE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT))) {
			return null;
		}
		String stem = last.substring(0, dot).replaceAll("^[._]+", "");
		return (stem.isEmpty() ? "page" : stem) + last.substring(dot);
	}

	/** Writes the page under its safe name with the time in front, and returns where. */
	Path save(String safeName, byte[] bytes) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + safeName);
		if (!file.normalize().startsWith(folder.normalize())) {
			throw new IOException("not a name inside the upload folder: " + safeName);
		}
		return Files.write(file, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
	}
}
