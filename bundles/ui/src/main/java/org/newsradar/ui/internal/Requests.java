package org.newsradar.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.newsradar.render.Html;
import org.newsradar.ui.api.Upload;
import org.newsradar.ui.api.ViewRequest;

/** A servlet request as a view sees it. */
final class Requests implements ViewRequest {
	private final HttpServletRequest request;
	private final String path;
	private final String token;
	private final long maxUpload;

	Requests(HttpServletRequest request, String path, String token, long maxUpload) {
		this.request = request;
		this.path = path;
		this.token = token;
		this.maxUpload = maxUpload;
	}

	@Override
	public String path() {
		return path;
	}

	@Override
	public String parameter(String name) {
		return request.getParameter(name);
	}

	@Override
	public List<String> parameters(String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : List.of(values);
	}

	@Override
	public Optional<Upload> upload(String field) throws IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
			return Optional.empty();
		}
		Part part;
		try {
			part = request.getPart(field);
		} catch (ServletException | IllegalStateException e) {
			// IllegalStateException: larger than the container's own multipart ceiling
			throw new IOException("the upload cannot be read: " + e.getMessage(), e);
		}
		if (part == null || part.getSubmittedFileName() == null) {
			return Optional.empty();
		}
		if (part.getSize() > maxUpload) {
			throw new IOException("the file is larger than the " + maxUpload / (1024 * 1024) + " MB upload limit");
		}
		try (InputStream in = part.getInputStream()) {
			byte[] bytes = in.readNBytes((int) maxUpload + 1);
			if (bytes.length > maxUpload) {
				throw new IOException("the file is larger than the " + maxUpload / (1024 * 1024) + " MB upload limit");
			}
			return Optional.of(new Upload(part.getSubmittedFileName(), bytes));
		} finally {
			part.delete();
		}
	}

	@Override
	public String tokenField() {
		return "<input type=\"hidden\" name=\"" + WorkbenchServlet.TOKEN_FIELD + "\" value=\"" + Html.escape(token) + "\">";
	}
}
