package org.newsradar.core.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Where a resumed run picks up: the interrupted run finished its first {@code pages} pages, whose
 * source names hash to {@code digest}. The resumed run skips that many pages of its inputs and
 * checks that they are the same ones, so that changed inputs never splice two different runs.
 */
final class ResumePoint {
	private final long pages;
	private final byte[] digest;
	private final MessageDigest seen;
	private long skipped;

	ResumePoint(long pages, byte[] digest) {
		this.pages = pages;
		this.digest = digest.clone();
		try {
			this.seen = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/**
	 * @return true if the page (or failed input) named {@code source} was finished by the
	 *         interrupted run and is to be skipped
	 * @throws IllegalStateException when the inputs no longer begin with the finished pages
	 */
	boolean skip(String source) {
		if (skipped == pages) {
			return false;
		}
		seen.update(source.getBytes(StandardCharsets.UTF_8));
		seen.update((byte) '\n');
		if (++skipped == pages) {
			check();
		}
		return true;
	}

	/** @throws IllegalStateException when the inputs ended before the finished pages did */
	void finish() {
		if (skipped < pages) {
			throw changed();
		}
	}

	private void check() {
		if (!MessageDigest.isEqual(seen.digest(), digest)) {
			throw changed();
		}
	}

	private IllegalStateException changed() {
		return new IllegalStateException("cannot resume: the inputs are not those of the interrupted run (its first "
			+ pages + " pages differ); run again without --resume");
	}
}
