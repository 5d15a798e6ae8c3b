package org.newsradar.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The serve command's arguments: {@code [--port N] [--watch DIR|FEED-URL ...] [--out DIR] [INPUT ...]}.
 *
 * @param port    the port to listen on, or {@code null} for the configured one
 * @param watches folders and feeds to watch
 * @param out     where to keep the outputs, or {@code null}
 * @param inputs  inputs to read once at start
 */
record ServeArguments(Integer port, List<String> watches, Path out, List<String> inputs) {
	static final String USAGE = "usage: newsradar serve [--port 8077] [--watch DIR|FEED-URL ...] [--out DIR] [INPUT ...]";

	static ServeArguments parse(List<String> args) {
		Integer port = null;
		Path out = null;
		List<String> watches = new ArrayList<>();
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
				case "--port" -> port = port(value(args, ++i, a));
				case "--out" -> out = Path.of(value(args, ++i, a));
				case "--watch" -> {
					watches.add(value(args, ++i, a));
					// several folders or feeds may follow one --watch
					while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
						watches.add(args.get(++i));
					}
				}
				default -> {
					if (a.startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + a);
					}
					inputs.add(a);
				}
			}
		}
		return new ServeArguments(port, List.copyOf(watches), out, List.copyOf(inputs));
	}

	private static String value(List<String> args, int i, String option) {
		if (i >= args.size() || args.get(i).startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args.get(i);
	}

	private static int port(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a port number: " + text);
		}
	}
}
