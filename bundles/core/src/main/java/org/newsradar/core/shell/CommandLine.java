package org.newsradar.core.shell;

import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * One-shot commands ({@code ./newsradar classify …}) under the bnd launcher: the launcher
 * publishes its command-line arguments as a service property and runs a {@code main.thread}
 * {@link Callable} on its main thread, exiting with the status it returns. Without arguments
 * nothing is registered and the Gogo shell is the user interface.
 */
@Component(immediate = true)
public class CommandLine {
	static final String USAGE = """
		usage: newsradar                      open the Gogo shell (radar:classify, radar:eval, radar:classifiers, radar:topics)
		       newsradar classify INPUT... [--out DIR] [--format jsonl,...]
		       newsradar eval GOLD.jsonl DOCS_DIR  per-topic precision/recall/F1, false positives and negatives
		       newsradar classifiers | topics""";

	@Reference(service = Object.class, target = "(launcher.arguments=*)")
	private Map<String, Object> launcher;
	@Reference
	private Pipeline pipeline;
	@Reference
	private ClassifierAdmin admin;
	private ServiceRegistration<?> registration;

	@Activate
	void activate(BundleContext context) {
		Object a = launcher.get("launcher.arguments");
		List<String> args = a instanceof String[] s ? Arrays.asList(s) : List.of();
		if (args.isEmpty()) {
			return;
		}
		Hashtable<String, Object> props = new Hashtable<>();
		props.put("main.thread", Boolean.TRUE);
		registration = context.registerService(Callable.class, new Run(context, args), props);
	}

	@Deactivate
	void deactivate() {
		if (registration != null) {
			try {
				registration.unregister();
			} catch (IllegalStateException alreadyGone) {
				// the framework is stopping
			}
		}
	}

	/** A named class, not a lambda: the launcher checks by reflection that call() returns Integer. */
	private final class Run implements Callable<Integer> {
		private final BundleContext context;
		private final List<String> args;

		Run(BundleContext context, List<String> args) {
			this.context = context;
			this.args = args;
		}

		@Override
		public Integer call() throws InterruptedException {
			awaitBundles(context, Duration.ofSeconds(20));
			Commands commands = new Commands(pipeline, admin);
			String command = args.get(0);
			List<String> rest = args.subList(1, args.size());
			return switch (command) {
				case "classify" -> commands.classify(rest, System.out, System.err);
				case "eval" -> commands.eval(rest, System.out, System.err);
				case "classifiers" -> print(commands.classifiers());
				case "topics" -> print(commands.topics());
				case "help", "--help", "-h" -> print(USAGE);
				default -> {
					System.err.println("newsradar: unknown command '" + command + "'");
					System.err.println(USAGE);
					yield Commands.USAGE;
				}
			};
		}

		private static int print(String text) {
			System.out.println(text);
			return Commands.OK;
		}
	}

	/**
	 * Waits until every bundle is active (fragments resolved) and every jar in FileInstall's
	 * deploy folder is installed, so a command never runs before the classifiers and exporters
	 * it should use are registered.
	 */
	static void awaitBundles(BundleContext context, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		List<String> deployed = deployedJars(context.getProperty("felix.fileinstall.dir"));
		while (System.nanoTime() < deadline && !ready(context, deployed)) {
			Thread.sleep(5);
		}
	}

	private static boolean ready(BundleContext context, List<String> deployed) {
		java.util.Set<String> locations = new java.util.HashSet<>();
		for (Bundle b : context.getBundles()) {
			boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
			if (fragment ? b.getState() == Bundle.INSTALLED : b.getState() != Bundle.ACTIVE) {
				return false;
			}
			locations.add(b.getLocation());
		}
		return locations.containsAll(deployed);
	}

	/** FileInstall's bundle locations for the jars in its folder ({@code file:} URLs of absolute paths). */
	private static List<String> deployedJars(String dir) {
		if (dir == null) {
			return List.of();
		}
		java.io.File[] jars = new java.io.File(dir).listFiles((d, name) -> name.endsWith(".jar"));
		return jars == null ? List.of()
			: Arrays.stream(jars).map(f -> f.getAbsoluteFile().toURI().toString()).toList();
	}
}
