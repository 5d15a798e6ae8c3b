package org.newsradar.core.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.ShadowReport;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.api.pipeline.RunRequest;
import org.newsradar.api.pipeline.RunSummary;
import org.newsradar.core.pipeline.PageRuns;

/**
 * The radar commands, shared by the Gogo shell and the one-shot command line. Each returns the
 * process exit status: 0 when all went well, 3 when some source failed, 2 on a usage error, 1 when
 * the output could not be written.
 */
public final class Commands {
	public static final int OK = 0;
	/** The run could not write its output. */
	public static final int FAILED = 1;
	public static final int USAGE = 2;
	public static final int SOURCES_FAILED = 3;

	private final Pipeline pipeline;
	private final ClassifierAdmin admin;
	private final PageRuns runs;

	public Commands(Pipeline pipeline, ClassifierAdmin admin, PageRuns runs) {
		this.pipeline = pipeline;
		this.admin = admin;
		this.runs = runs;
	}

	/** shadow TOPIC BUNDLE-ID | shadow stop TOPIC | shadow report */
	public String shadow(List<String> args) {
		if (args.size() == 1 && args.get(0).equals("report")) {
			return shadowReport();
		}
		if (args.size() == 2 && args.get(0).equals("stop")) {
			admin.stopShadow(args.get(1));
			return "stopped shadowing " + args.get(1);
		}
		if (args.size() == 2) {
			admin.shadow(args.get(0), bundleId(args.get(1)));
			return "shadowing " + args.get(0) + " with bundle " + args.get(1) + "; see: radar:shadow report";
		}
		throw new IllegalArgumentException("usage: shadow TOPIC BUNDLE-ID | shadow stop TOPIC | shadow report");
	}

	/** promote TOPIC BUNDLE-ID */
	public String promote(List<String> args) {
		if (args.size() != 2) {
			throw new IllegalArgumentException("usage: promote TOPIC BUNDLE-ID");
		}
		admin.promote(args.get(0), bundleId(args.get(1)));
		return "promoted bundle " + args.get(1) + " for " + args.get(0) + "\n" + classifiers();
	}

	/** unpin TOPIC */
	public String unpin(List<String> args) {
		if (args.size() != 1) {
			throw new IllegalArgumentException("usage: unpin TOPIC");
		}
		admin.unpin(args.get(0));
		return "service ranking decides " + args.get(0) + " again\n" + classifiers();
	}

	private static long bundleId(String text) {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a bundle id: " + text);
		}
	}

	private String shadowReport() {
		ShadowReport report = admin.shadowReport();
		if (report.topics().isEmpty()) {
			return "no shadow running; start one with: radar:shadow TOPIC BUNDLE-ID";
		}
		StringBuilder sb = new StringBuilder();
		for (ShadowReport.Tally t : report.topics()) {
			sb.append(String.format(java.util.Locale.ROOT,
				"%s: candidate %s vs active %s%s: %d stories, %d agree (%.1f%%), %d disagree%n", t.topic(), t.candidate(),
				t.active(), t.running() ? "" : " (stopped)", t.stories(), t.agreements(), 100 * t.agreement(),
				t.stories() - t.agreements()));
			for (ShadowReport.Disagreement d : t.disagreements()) {
				sb.append(String.format(java.util.Locale.ROOT, "  %s#%d \"%s\"%n    active    %s%n    candidate %s%n",
					d.source(), d.story(), d.title(), describe(d.active()), describe(d.candidate())));
			}
		}
		return sb.toString().stripTrailing();
	}

	private static String describe(ShadowReport.Decision d) {
		StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%s %.3f",
			d.accepted() ? "accepts" : "rejects", d.score()));
		if (!d.evidence().isEmpty()) {
			sb.append(" evidence:");
			d.evidence().forEach(e -> sb.append(' ').append(e.text()).append(" (").append(e.field()).append(' ')
				.append(e.start()).append(')'));
		}
		return sb.toString();
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
		} catch (IllegalArgumentException | IllegalStateException e) {
			// an unknown format, or a --resume whose inputs are not the interrupted run's
			err.println("classify: " + e.getMessage());
			return USAGE;
		} catch (java.io.UncheckedIOException e) {
			// outputs are replaced one by one at the end: the message names any already in place
			err.println("classify: " + e.getMessage() + "; every other output in " + a.out() + " keeps its previous content");
			return FAILED;
		}
		out.println("wrote " + a.out() + ": " + s.describe());
		return s.failedSources() > 0 ? SOURCES_FAILED : OK;
	}

	/** Times the pipeline over the inputs beside the bare jsoup parse of the same pages. */
	public int bench(List<String> args, PrintStream out, PrintStream err) {
		Bench.Arguments a;
		try {
			a = Bench.Arguments.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("bench: " + e.getMessage());
			err.println(Bench.USAGE);
			return USAGE;
		}
		try {
			new Bench(runs, out).run(a);
			return OK;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("bench: interrupted");
			return SOURCES_FAILED;
		}
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
