package org.newsradar.ui.internal;

import org.newsradar.ui.api.ViewResponse;

/** What a view answered, kept until the workbench writes it. */
final class Answer implements ViewResponse {
	enum Kind {
		NONE, PAGE, REDIRECT, CONTENT, ERROR
	}

	Kind kind = Kind.NONE;
	String title;
	CharSequence html;
	String location;
	String notice;
	String contentType;
	byte[] body;
	int status = 200;
	String message;

	private void once(Kind k) {
		if (kind != Kind.NONE) {
			throw new IllegalStateException("the view answered twice (" + kind + ", then " + k + ")");
		}
		kind = k;
	}

	@Override
	public void page(String title, CharSequence html) {
		once(Kind.PAGE);
		this.title = title;
		this.html = html;
	}

	@Override
	public void redirect(String path, String notice) {
		if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20)) {
			throw new IllegalArgumentException("not an address inside the workbench: " + path);
		}
		once(Kind.REDIRECT);
		this.location = path;
		this.notice = notice;
	}

	@Override
	public void content(String contentType, byte[] body) {
		once(Kind.CONTENT);
		this.contentType = contentType;
		this.body = body.clone();
	}

	@Override
	public void error(int status, String message) {
		once(Kind.ERROR);
		this.status = status;
		this.message = message;
	}
}
