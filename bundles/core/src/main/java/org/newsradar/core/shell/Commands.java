package org.newsradar.core.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;

/**
 * The radar commands, shared by the Gogo shell and the one-shot command line. Each returns the
 * process exit status: 0 when all went well, 3 when some source failed, 2 on a usage error.
 */
public final class Commands {
	public static final int OK = 0;
	public static final int USAGE = 2;
	public static final int SOURCES_FAILED = 3;

	private final Pipeline pipeline;

	public Commands(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	public int classify(List<String> args, PrintStream out, PrintStream err) {
		ClassifyArguments a;
		try {
			a = ClassifyArguments.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("classify: " + e.getMessage());
			err.println(ClassifyArguments.USAGE);
			return USAGE;
		}
		RunSummary s;
		try {
			s = pipeline.run(new RunRequest(a.inputs(), a.out(), a.formats(), a.options(), err::println));
		} catch (IllegalArgumentException e) {
			err.println("classify: " + e.getMessage());
			return USAGE;
		}
		out.println("wrote " + a.out() + ": " + s.describe());
		return s.failedSources() > 0 ? SOURCES_FAILED : OK;
	}

	/** Per-topic precision, recall and F1 of the installed classifiers against a gold file. */
	public int eval(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 2) {
			err.println("usage: eval GOLD.jsonl DOCS_DIR");
			return USAGE;
		}
		try {
			out.println(new Evaluation(pipeline).run(java.nio.file.Path.of(args.get(0)), java.nio.file.Path.of(args.get(1))));
			return OK;
		} catch (java.io.IOException | RuntimeException e) {
			err.println("eval: cannot read " + args.get(0) + ": " + e.getMessage());
			return SOURCES_FAILED;
		}
	}

	/** Each topic's active classifier and its standby candidates, as a table. */
	public String classifiers() {
		List<ClassifierInfo> all = pipeline.classifiers();
		if (all.isEmpty()) {
			return "no classifiers registered";
		}
		StringBuilder sb = new StringBuilder(String.format("%-16s %-8s %-44s %-10s %8s %8s %8s%n", "TOPIC", "STATE",
			"BUNDLE", "VERSION", "BUNDLEID", "RANKING", "SERVICE"));
		for (ClassifierInfo c : all) {
			sb.append(String.format("%-16s %-8s %-44s %-10s %8d %8d %8d%n", c.topic(), c.active() ? "active" : "standby",
				c.bundle(), c.version(), c.bundleId(), c.ranking(), c.serviceId()));
		}
		return sb.toString().stripTrailing();
	}

	/** The topics served right now, with the bundle serving each and how many stand by. */
	public String topics() {
		Map<String, int[]> standby = new TreeMap<>();
		Map<String, String> active = new TreeMap<>();
		for (ClassifierInfo c : pipeline.classifiers()) {
			if (c.active()) {
				active.put(c.topic(), c.label());
				standby.putIfAbsent(c.topic(), new int[1]);
			} else {
				standby.computeIfAbsent(c.topic(), t -> new int[1])[0]++;
			}
		}
		if (active.isEmpty()) {
			return "no topics served";
		}
		StringBuilder sb = new StringBuilder();
		active.forEach((t, label) -> sb.append(String.format("%-16s %s (%d standby)%n", t, label, standby.get(t)[0])));
		return sb.toString().stripTrailing();
	}
}
