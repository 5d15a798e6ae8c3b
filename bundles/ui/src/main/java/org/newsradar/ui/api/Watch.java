package org.newsradar.ui.api;

import java.time.Instant;

/**
 * A watched folder or feed.
 *
 * @param input       the folder or feed URL
 * @param feed        true for a feed, false for a folder
 * @param lastChecked when it was last looked at, or {@code null} before the first time
 * @param sources     files or feed readings ingested from it so far
 * @param problem     why the last look failed, or {@code null}
 */
public record Watch(String input, boolean feed, Instant lastChecked, int sources, String problem) {
}
