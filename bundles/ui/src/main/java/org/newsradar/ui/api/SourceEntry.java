package org.newsradar.ui.api;

import java.time.Instant;

/**
 * One input read (or passed over) at one time.
 *
 * @param source  the file or URL
 * @param at      when it was read
 * @param status  how it went
 * @param stories stories read from it
 * @param added   of those, stories the store did not hold before
 * @param reason  why it failed or was skipped, or {@code null}
 * @param via     what brought it: the watched folder or feed, or {@code null} for a one-off ingest
 */
public record SourceEntry(String source, Instant at, Status status, int stories, int added, String reason, String via) {
	/** How reading an input went. */
	public enum Status {
		READ, FAILED, SKIPPED
	}
}
