package org.newsradar.core.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code classify}: {@code INPUT... [--out DIR] [--format a,b] [--NAME VALUE]};
 * other {@code --NAME VALUE} pairs (or {@code --NAME=VALUE}, or a bare flag) become exporter and
 * pipeline options.
 */
record ClassifyArguments(List<String> inputs, Path out, Set<String> formats, Map<String, String> options) {
	static final String USAGE = "usage: classify INPUT... [--out DIR] [--format jsonl,csv,...] [--resume] [--OPTION VALUE]";
	/** Options that take no value. */
	private static final Set<String> FLAGS = Set.of("resume");

	static ClassifyArguments parse(List<String> args) {
		List<String> inputs = new ArrayList<>();
		Path out = Path.of("out");
		Set<String> formats = new LinkedHashSet<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (!a.startsWith("--")) {
				inputs.add(a);
				continue;
			}
			String name = a.substring(2);
			String value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			} else if (FLAGS.contains(name)) {
				value = "true";
			} else if (i + 1 < args.size()) {
				value = args.get(++i);
			} else {
				throw new IllegalArgumentException("option --" + name + " needs a value");
			}
			switch (name) {
				case "out" -> out = Path.of(value);
				case "format" -> {
					for (String f : value.split(",")) {
						if (!f.isBlank() && !f.equals("all")) {
							formats.add(f.trim());
						}
					}
				}
				default -> options.put(name, value);
			}
		}
		if (inputs.isEmpty()) {
			throw new IllegalArgumentException("no INPUT given");
		}
		return new ClassifyArguments(inputs, out, formats, options);
	}
}
