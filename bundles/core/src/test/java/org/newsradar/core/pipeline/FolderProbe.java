package org.newsradar.core.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/** Run in its own JVM by {@link RunJournalTest}: prints whether this other process can take the folder. */
public final class FolderProbe {
	private FolderProbe() {
	}

	public static void main(String[] args) {
		try (RunJournal journal = RunJournal.lock(Path.of(args[0]))) {
			System.out.println("taken");
		} catch (IOException e) {
			System.out.println("held: " + e.getMessage());
		}
	}
}
