package org.newsradar.api.ingest;

/** A page that cannot be read; the message says why, in words a user can act on. */
public class IngestException extends Exception {
	private static final long serialVersionUID = 1L;

	public IngestException(String reason) {
		super(reason);
	}

	public IngestException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
