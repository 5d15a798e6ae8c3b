package org.newsradar.api.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how a run's output goes.
 *
 * @param directory the output folder (it exists when an exporter is opened)
 * @param options   exporter options from the command line ({@code --jdbc-url}, …), by name
 */
public record ExportTarget(Path directory, Map<String, String> options) {
	public ExportTarget {
		options = Map.copyOf(options);
	}
}
