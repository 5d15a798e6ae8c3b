package org.newsradar.ui.api;

import org.osgi.annotation.versioning.ProviderType;

/** How a {@link WorkbenchView} answers: exactly one of these calls per request. */
@ProviderType
public interface ViewResponse {
	/**
	 * Shows a page inside the workbench's layout.
	 *
	 * @param title the page's title, as text (the workbench escapes it)
	 * @param html  the page's content, as HTML the view built (with every untrusted text escaped)
	 */
	void page(String title, CharSequence html);

	/**
	 * Sends the browser to another workbench address, typically after a POST.
	 *
	 * @param path   an address inside the workbench, starting with a single {@code /}
	 * @param notice a line to show once on the next page (as text), or {@code null}
	 */
	void redirect(String path, String notice);

	/**
	 * Sends bytes as they are, e.g. a source page as plain text. They are served sandboxed: no
	 * script in them runs, and the browser does not guess another type.
	 */
	void content(String contentType, byte[] body);

	/** Shows an error page with the status and the message (as text). */
	void error(int status, String message);
}
