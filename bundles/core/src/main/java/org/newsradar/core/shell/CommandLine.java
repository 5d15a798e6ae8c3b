package org.newsradar.core.shell;

import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsradar.api.pipeline.ClassifierAdmin;
import org.newsradar.api.pipeline.Pipeline;
import org.newsradar.core.pipeline.PageRuns;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
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
		usage: newsradar                      open the Gogo shell (radar:classify, radar:bench, radar:eval, radar:classifiers, radar:topics)
		       newsradar classify INPUT... [--out DIR] [--format jsonl,...] [--resume]
		       newsradar bench INPUT... [--runs N] [--warmup N]   pages/s, stories/s, MB/s beside bare Jsoup.parse
		       newsradar eval GOLD.jsonl DOCS_DIR  per-topic precision/recall/F1, false positives and negatives
		       newsradar classifiers | topics
		       newsradar serve [--port 8077] [--watch DIR|FEED-URL ...] [--out DIR]   the web workbench on 127.0.0.1""";

	@Reference(service = Object.class, target = "(launcher.arguments=*)")
	private Map<String, Object> launcher;
	@Reference
	private Pipeline pipeline;
	@Reference
	private ClassifierAdmin admin;
	@Reference
	private PageRuns runs;
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
			Commands commands = new Commands(pipeline, admin, runs);
			String command = args.get(0);
			List<String> rest = args.subList(1, args.size());
			return switch (command) {
				case "classify" -> commands.classify(rest, System.out, System.err);
				case "eval" -> commands.eval(rest, System.out, System.err);
				case "bench" -> commands.bench(rest, System.out, System.err);
				case "classifiers" -> print(commands.classifiers());
				case "topics" -> print(commands.topics());
				case "serve" -> serve(rest);
				case "help", "--help", "-h" -> print(USAGE);
				default -> {
					System.err.println("newsradar: unknown command '" + command + "'");
					System.err.println(USAGE);
					yield Commands.USAGE;
				}
			};
		}

		/**
		 * The web workbench (bundles/ui) offers {@code serve} as a {@code Function<List<String>, Integer>}
		 * service with the property {@code newsradar.command=serve}: it starts the server, prints the
		 * address and returns; the workbench then runs until the framework stops (Ctrl-C).
		 */
		@SuppressWarnings("unchecked")
		private int serve(List<String> rest) throws InterruptedException {
			org.osgi.framework.ServiceReference<?>[] refs;
			try {
				refs = context.getServiceReferences(java.util.function.Function.class.getName(), "(newsradar.command=serve)");
			} catch (org.osgi.framework.InvalidSyntaxException e) {
				throw new IllegalStateException("the filter is a constant", e);
			}
			if (refs == null) {
				System.err.println("newsradar: serve needs the web workbench bundle (org.newsradar.ui), which is not running");
				return Commands.USAGE;
			}
			int status;
			try {
				status = ((java.util.function.Function<List<String>, Integer>) context.getService(refs[0])).apply(rest);
			} finally {
				context.ungetService(refs[0]);
			}
			if (status == Commands.OK) {
				awaitStop();
			}
			return status;
		}

		/** Waits until the framework (or this bundle) begins to stop. */
		private void awaitStop() throws InterruptedException {
			java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
			org.osgi.framework.SynchronousBundleListener listener = e -> {
				if (e.getType() == org.osgi.framework.BundleEvent.STOPPING
					&& (e.getBundle().getBundleId() == 0 || e.getBundle().equals(context.getBundle()))) {
					stopping.countDown();
				}
			};
			context.addBundleListener(listener);
			try {
				if (context.getBundle(0).getState() == Bundle.ACTIVE) {
					stopping.await();
				}
			} finally {
				try {
					context.removeBundleListener(listener);
				} catch (IllegalStateException stopped) {
					// the bundle is already stopping
				}
			}
		}

		private static int print(String text) {
			System.out.println(text);
			return Commands.OK;
		}
	}

	/**
	 * Waits until every bundle this run starts is active (fragments resolved) and every jar in
	 * FileInstall's deploy folder is installed, so a command never runs before the classifiers and
	 * exporters it should use are registered. Bundles above the run's start level (the web
	 * workbench and the shell, for most one-shot commands) are not waited for.
	 */
	static void awaitBundles(BundleContext context, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		String dir = context.getProperty("felix.fileinstall.dir");
		Map<String, Long> deployed = deployedJars(dir);
		String watched = dir == null ? null : new java.io.File(dir).getAbsoluteFile().toURI().toString();
		int level = targetStartLevel(context);
		long[] lastEvent = { System.nanoTime() };
		org.osgi.framework.BundleListener listener = e -> lastEvent[0] = System.nanoTime();
		context.addBundleListener(listener);
		try {
			// with jars in deploy/, FileInstall may still update or refresh them: wait for a quiet moment
			long quiet = deployed.isEmpty() ? 0 : 300_000_000L;
			while (System.nanoTime() < deadline
				&& (!ready(context, level, watched, deployed) || System.nanoTime() - lastEvent[0] < quiet)) {
				Thread.sleep(5);
			}
		} finally {
			context.removeBundleListener(listener);
		}
	}

	/**
	 * The start level the framework is on its way to. The bnd launcher starts the framework at level
	 * 1 and only then moves it to {@code org.osgi.framework.startlevel.beginning} (the ./newsradar
	 * script sets it per command), so the framework's own property reads 1; the launcher keeps the
	 * requested level in the system properties.
	 */
	static int targetStartLevel(BundleContext context) {
		int current = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
		try {
			return Math.max(current, Integer.parseInt(System.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "").trim()));
		} catch (NumberFormatException notSet) {
			return current;
		}
	}

	private static boolean ready(BundleContext context, int level, String watched, Map<String, Long> deployed) {
		if (context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel() < level) {
			return false;
		}
		var scrReference = context.getServiceReference(ServiceComponentRuntime.class);
		ServiceComponentRuntime scr = scrReference == null ? null : context.getService(scrReference);
		try {
			Map<String, Long> installed = new java.util.HashMap<>();
			for (Bundle b : context.getBundles()) {
				installed.put(b.getLocation(), b.getLastModified());
				if (b.getBundleId() == 0) {
					continue;
				}
				boolean fromDeploy = watched != null && b.getLocation().startsWith(watched);
				if (fromDeploy && !deployed.containsKey(b.getLocation())) {
					return false; // its jar was deleted: FileInstall is about to uninstall it
				}
				BundleStartLevel startLevel = b.adapt(BundleStartLevel.class);
				if (startLevel.getStartLevel() > level) {
					continue; // not started in this run
				}
				if (b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
					if (b.getState() == Bundle.INSTALLED) {
						return false;
					}
					continue;
				}
				// FileInstall installs a deploy/ jar first and starts it a moment later
				if (!startLevel.isPersistentlyStarted() && !fromDeploy) {
					continue; // installed, never started: it stays as it is
				}
				if (b.getState() != Bundle.ACTIVE) {
					return false;
				}
				// a bundle turns ACTIVE just before SCR, on the STARTED event, registers its components
				if (b.getHeaders("").get("Service-Component") != null
					&& (scr == null || scr.getComponentDescriptionDTOs(b).isEmpty())) {
					return false;
				}
			}
			// installed, and not older than its jar (else FileInstall is about to update it)
			return deployed.entrySet().stream()
				.allMatch(jar -> installed.getOrDefault(jar.getKey(), Long.MIN_VALUE) >= jar.getValue());
		} finally {
			if (scr != null) {
				context.ungetService(scrReference);
			}
		}
	}

	/**
	 * The jars in FileInstall's folder: their bundle locations ({@code file:} URLs of absolute
	 * paths) and when they were last changed.
	 */
	private static Map<String, Long> deployedJars(String dir) {
		java.io.File[] jars = dir == null ? null : new java.io.File(dir).listFiles((d, name) -> name.endsWith(".jar"));
		Map<String, Long> deployed = new java.util.HashMap<>();
		if (jars != null) {
			for (java.io.File f : jars) {
				deployed.put(f.getAbsoluteFile().toURI().toString(), f.lastModified());
			}
		}
		return deployed;
	}
}
