package org.newsradar.itest.launcher;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ./newsradar} program as a user runs it, in its own JVM, with its own framework state
 * and an empty deploy folder, so tests neither see nor disturb the developer's workbench.
 */
final class Newsradar {
	/** What a finished run printed, and its exit status. */
	record Result(int status, String out, String err) {
	}

	private final Path home = Path.of(System.getProperty("newsradar.home", "../..")).toAbsolutePath().normalize();
	private final Path state;
	private final Path deploy;
	private final Map<String, String> environment = new java.util.HashMap<>();

	Newsradar(Path work) throws IOException {
		assumeTrue(Files.isRegularFile(home.resolve("launcher/target/newsradar.jar")),
			"the launcher jar is built (mvn package) before these tests run");
		state = Files.createDirectories(work.resolve("state"));
		deploy = Files.createDirectories(work.resolve("deploy"));
	}

	/** Environment variables set for the following runs, over the test's own. */
	Map<String, String> environment() {
		return environment;
	}

	/** The folder that keeps the framework state (felix-cache) and the class-data archives of these runs. */
	Path state() {
		return state;
	}

	/** The folder FileInstall watches in these runs. */
	Path deploy() {
		return deploy;
	}

	/** The launcher jar that {@code ./newsradar} runs (its bundles are embedded under jar/). */
	Path launcherJar() {
		return home.resolve("launcher/target/newsradar.jar");
	}

	/** Starts {@code ./newsradar ARGS...} reading {@code stdin} (a file, or /dev/null when null). */
	Process start(Path stdin, Path stdout, Path stderr, String... args) throws IOException {
		return start(ProcessBuilder.Redirect.from((stdin == null ? Path.of("/dev/null") : stdin).toFile()), stdout, stderr,
			args);
	}

	/** Starts {@code ./newsradar ARGS...} with the given standard input. */
	Process start(ProcessBuilder.Redirect stdin, Path stdout, Path stderr, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of("bash", home.resolve("newsradar").toString()));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
		pb.redirectInput(stdin);
		Map<String, String> env = pb.environment();
		env.put("NEWSRADAR_SKIP_BUILD", "1");
		env.put("NEWSRADAR_STATE", state.toString());
		env.put("NEWSRADAR_DEPLOY", deploy.toString());
		env.putAll(environment);
		return pb.start();
	}

	/** Runs {@code ./newsradar ARGS...} to its end. */
	Result run(Path work, Path stdin, String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile(work, "stdout", ".txt");
		Path err = Files.createTempFile(work, "stderr", ".txt");
		Process p = start(stdin, out, err, args);
		if (!p.waitFor(5, TimeUnit.MINUTES)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			throw new AssertionError("newsradar " + String.join(" ", args) + " did not finish within 5 minutes");
		}
		return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Kills the JVM that {@code ./newsradar} started with SIGKILL, as {@code kill -9} would. */
	static void killJvm(Process script) throws InterruptedException {
		List<ProcessHandle> jvms = script.descendants().filter(h -> h.info().command().orElse("").endsWith("java")).toList();
		if (jvms.isEmpty()) {
			throw new AssertionError("no JVM under the newsradar script to kill");
		}
		for (ProcessHandle jvm : jvms) {
			jvm.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
			jvm.onExit().join();
		}
		script.waitFor(1, TimeUnit.MINUTES);
	}
}
