package org.newsradar.ui.api;

/**
 * A file sent through a form.
 *
 * @param fileName the name the browser gave (untrusted: never use it as a path)
 * @param bytes    its content, at most the workbench's upload limit
 */
public record Upload(String fileName, byte[] bytes) {
	public Upload {
		fileName = fileName == null ? "" : fileName;
		bytes = bytes.clone();
	}

	@Override
	public byte[] bytes() {
		return bytes.clone();
	}
}
