package org.newsradar.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Copies the OSGi framework that the exported launcher jar embeds (the first entry of its
 * {@code Embedded-Runpath}) to a file, so that {@link OneShot} can put it on the class path. The
 * exported jar stays the only source of the framework: this class names no version.
 * <p>
 * {@code java -cp newsradar-launcher.jar org.newsradar.launcher.FrameworkJar EXPORTED.jar TARGET.jar}
 * <p>
 * It refers to no OSGi type, so it runs before the framework is on any class path.
 */
public final class FrameworkJar {
	private FrameworkJar() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: FrameworkJar EXPORTED.jar TARGET.jar");
			System.exit(2);
		}
		extract(Path.of(args[0]), Path.of(args[1]));
	}

	/** Writes the embedded framework to {@code target} through a temporary file, so readers never see half a jar. */
	static void extract(Path exported, Path target) throws IOException {
		try (JarFile jar = new JarFile(exported.toFile())) {
			String path = entry(jar);
			JarEntry entry = jar.getJarEntry(path);
			if (entry == null) {
				throw new IOException(exported + " names " + path + " in its Embedded-Runpath but does not contain it");
			}
			Path dir = target.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			Path temporary = Files.createTempFile(dir, ".framework", ".tmp");
			try {
				try (InputStream in = jar.getInputStream(entry)) {
					Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
				}
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** The path in the exported jar of the framework: the first entry of its Embedded-Runpath. */
	static String entry(JarFile jar) throws IOException {
		String runpath = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Embedded-Runpath");
		if (runpath == null || runpath.isBlank()) {
			throw new IOException(jar.getName() + " has no Embedded-Runpath: not a jar exported by bnd");
		}
		return runpath.split(",")[0].trim();
	}
}
