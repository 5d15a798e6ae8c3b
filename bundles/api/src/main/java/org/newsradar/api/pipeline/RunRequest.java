package org.newsradar.api.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to classify and where to write it.
 *
 * @param inputs   files, folders or URLs
 * @param out      the output folder
 * @param formats  export formats to write; empty means every installed exporter
 * @param options  exporter options by name
 * @param progress receives progress lines for long runs (may be a no-op)
 */
public record RunRequest(List<String> inputs, Path out, Set<String> formats, Map<String, String> options,
	Consumer<String> progress) {

	public RunRequest {
		inputs = List.copyOf(inputs);
		formats = Set.copyOf(formats);
		options = Map.copyOf(options);
		progress = progress == null ? line -> {} : progress;
	}
}
