package org.newsradar.core.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.core.pipeline.PageRuns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code radar:*} commands of the Felix Gogo shell. */
@Component(service = RadarShellCommands.class, property = { "osgi.command.scope=radar",
	"osgi.command.function=classify", "osgi.command.function=classifiers", "osgi.command.function=topics", "osgi.command.function=eval", "osgi.command.function=bench", "osgi.command.function=shadow", "osgi.command.function=promote",
	"osgi.command.function=unpin" })
public class RadarShellCommands {
	private final Commands commands;

	@Activate
	public RadarShellCommands(@Reference Pipeline pipeline, @Reference ClassifierAdmin admin, @Reference PageRuns runs) {
		this.commands = new Commands(pipeline, admin, runs);
	}

	/** radar:shadow TOPIC BUNDLE-ID | radar:shadow stop TOPIC | radar:shadow report — compare a candidate classifier with the active one. */
	public String shadow(String... args) {
		return commands.shadow(List.of(args));
	}

	/** radar:promote TOPIC BUNDLE-ID — make a candidate the topic's active classifier (kept across restarts). */
	public String promote(String... args) {
		return commands.promote(List.of(args));
	}

	/** radar:unpin TOPIC — let service ranking choose the topic's classifier again. */
	public String unpin(String... args) {
		return commands.unpin(List.of(args));
	}

	/** radar:classify INPUT... [--out DIR] [--format jsonl,...] [--resume] — classify pages and write the outputs. */
	public String classify(String... args) {
		return captured(commands::classify, args);
	}

	/** radar:bench INPUT... [--runs N] [--warmup N] — pipeline pages/s, stories/s, MB/s beside the bare jsoup parse. */
	public String bench(String... args) {
		return captured(commands::bench, args);
	}

	/** radar:eval GOLD.jsonl DOCS_DIR — per-topic precision/recall/F1 with false positives and negatives. */
	public String eval(String... args) {
		return captured(commands::eval, args);
	}

	/** A command taking arguments and streams, as shell text. */
	private interface StreamCommand {
		int run(List<String> args, PrintStream out, PrintStream err);
	}

	private static String captured(StreamCommand command, String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
			int status = command.run(List.of(args), out, System.err);
			out.flush();
			String text = buffer.toString(StandardCharsets.UTF_8).stripTrailing();
			return status == Commands.OK ? text : text + (text.isEmpty() ? "" : "\n") + "exit status " + status;
		}
	}

	/** radar:classifiers — each topic's active classifier bundle, version, ranking and standby candidates. */
	public String classifiers() {
		return commands.classifiers();
	}

	/** radar:topics — the topics served right now. */
	public String topics() {
		return commands.topics();
	}
}
