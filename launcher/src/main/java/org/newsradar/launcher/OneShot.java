package org.newsradar.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * The quick start of a one-shot command ({@code ./newsradar topics}, {@code classify ...}): starts
 * the framework from the state that the bnd launcher of the exported jar keeps, with the framework
 * on the class path (the bnd launcher copies it out of its jar to a new temporary file at every
 * start, and class-data sharing cannot map classes from a file that changes).
 * <p>
 * The exported jar ({@code -Dnewsradar.launcher.jar}) stays the only description of the run: its
 * {@code launcher.properties} (framework properties, bundles, start levels) and the digests in its
 * manifest. This launcher never installs, updates or uninstalls a bundle. When the kept state is
 * not the one the jar describes (the first run, a rebuilt bundle, a start level or a stopped bundle
 * that the bnd launcher would reset) it stops before any bundle starts and exits with
 * {@link #STATE_NOT_CURRENT}; the {@code newsradar} script then runs the command under the bnd
 * launcher, which brings the state up to date as it always has.
 * <p>
 * Otherwise it behaves toward the bundles as the bnd launcher does: the same framework and system
 * properties, a service with the command-line arguments ({@code launcher.arguments}), and the
 * {@code main.thread} {@link Callable} that a bundle registers runs on the main thread; its result
 * is the exit status, after the framework has stopped.
 */
public final class OneShot {
	/** Exit status when the kept framework state is not current: nothing ran, run the bnd launcher. */
	public static final int STATE_NOT_CURRENT = 75;
	/** Where the bnd launcher keeps, per bundle id, the digest of the jar it installed. */
	static final String DIGESTS_DIR = ".bnd.launcher/";
	/** The main-thread services (a constant: string concatenation costs a bootstrap at every start). */
	static final String MAIN_THREAD = "(&(|(objectClass=java.util.concurrent.Callable)(objectClass=java.lang.Runnable))(main.thread=true))";
	/** The digest attributes the bnd launcher looks for, in its order. */
	static final List<String> DIGEST_NAMES = List.of("SHA-Digest", "SHA1-Digest", "SHA-1-Digest", "SHA-256-Digest",
		"SHA-224-Digest", "SHA-384-Digest", "SHA-512-Digest", "MD5-Digest");

	private static final long T0 = System.nanoTime();
	private static final boolean TRACE = Boolean.getBoolean("newsradar.launcher.trace");

	private OneShot() {
	}

	public static void main(String[] args) throws Exception {
		String exported = System.getProperty("newsradar.launcher.jar");
		if (exported == null) {
			System.err.println("newsradar: -Dnewsradar.launcher.jar=EXPORTED.jar is not set");
			System.exit(2);
		}
		Properties properties = new Properties();
		Manifest manifest;
		try (JarFile jar = new JarFile(exported)) {
			ZipEntry entry = jar.getEntry("launcher.properties");
			if (entry == null) {
				throw new IOException(exported + " has no launcher.properties: not a jar exported by bnd");
			}
			try (InputStream in = jar.getInputStream(entry)) {
				properties.load(in);
			}
			manifest = jar.getManifest();
		}
		// as the bnd launcher: -Dkey=value overrides the jar's properties, which all become system properties
		for (String key : properties.stringPropertyNames()) {
			String value = System.getProperty(key);
			if (value != null) {
				properties.setProperty(key, value);
			}
		}
		System.getProperties().putAll(properties);
		trace("properties read");

		String storage = System.getProperty("launch.storage.dir", properties.getProperty("launch.storage.dir"));
		if (storage == null || !Boolean.parseBoolean(properties.getProperty("launch.keep"))) {
			trace("state not current: no kept storage (launch.storage.dir, launch.keep)");
			System.exit(STATE_NOT_CURRENT);
		}
		Map<String, String> config = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			config.put(key, properties.getProperty(key));
		}
		config.put(Constants.FRAMEWORK_STORAGE, storage);
		copy(properties, "launch.system.packages", config, Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA);
		copy(properties, "launch.system.capabilities", config, Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA);

		FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, OneShot.class.getClassLoader()).findFirst()
			.orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
		Framework framework = factory.newFramework(config);
		framework.init();
		trace("framework initialised");

		String stale = staleness(framework, properties, manifest);
		if (stale != null) {
			trace("state not current: " + stale);
			framework.stop();
			framework.waitForStop(TimeUnit.SECONDS.toMillis(30));
			System.exit(STATE_NOT_CURRENT);
		}
		String initial = properties.getProperty("launch.startlevel.default");
		if (initial != null) {
			framework.adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(Integer.parseInt(initial.trim()));
		}

		BundleContext context = framework.getBundleContext();
		BlockingQueue<ServiceReference<?>> mains = new LinkedBlockingQueue<>();
		context.addServiceListener(e -> {
			if (e.getType() == ServiceEvent.REGISTERED) {
				mains.add(e.getServiceReference());
			}
		}, MAIN_THREAD);
		Hashtable<String, Object> launcher = new Hashtable<>();
		launcher.put("launcher.arguments", args);
		launcher.put("launcher.ready", "true");
		context.registerService(Object.class.getName(), new Object(), launcher);
		StartTrace starts = TRACE ? StartTrace.install(context) : null;

		framework.start();
		if (starts != null) {
			starts.finish();
		}
		trace("framework started");
		int status = runMain(framework, context, mains);
		if (TRACE) {
			trace("command returned " + status);
		}
		framework.stop();
		framework.waitForStop(0);
		trace("framework stopped");
		System.exit(status);
	}

	/** Runs the first main-thread service on this thread; returns its status. */
	private static int runMain(Framework framework, BundleContext context, BlockingQueue<ServiceReference<?>> mains)
		throws Exception {
		ServiceReference<?> reference = null;
		while (reference == null) {
			reference = mains.poll(100, TimeUnit.MILLISECONDS);
			if (reference == null) {
				reference = registered(context);
			}
			if (reference == null && (framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
				return 0; // stopped before any command ran
			}
		}
		Object main = context.getService(reference);
		if (main == null) {
			System.err.println("newsradar: the command's service is gone before it ran");
			return 1;
		}
		try {
			if (main instanceof Callable<?> callable) {
				return callable.call() instanceof Integer status ? status : 0;
			}
			((Runnable) main).run();
			return 0;
		} catch (Exception | Error e) {
			System.err.println("newsradar: the command failed: " + e);
			e.printStackTrace();
			return 1;
		}
	}

	private static ServiceReference<?> registered(BundleContext context) throws InvalidSyntaxException {
		try {
			ServiceReference<?>[] references = context.getServiceReferences(Callable.class.getName(), "(main.thread=true)");
			return references == null ? null : references[0];
		} catch (IllegalStateException stopped) {
			return null;
		}
	}

	/**
	 * Why the kept state is not the one the exported jar describes, or null when it is: every bundle
	 * the jar carries is installed from the same bytes (the digest the bnd launcher recorded when it
	 * installed it), on its start level, and marked to start (fragments excepted), as the bnd launcher
	 * leaves them.
	 */
	static String staleness(Framework framework, Properties properties, Manifest manifest) throws IOException {
		String bundles = properties.getProperty("launch.bundles");
		if (bundles == null || manifest == null) {
			return "no launch.bundles or manifest";
		}
		Map<String, Integer> levels = startLevels(properties.getProperty("launch.runbundles.attrs", ""));
		BundleContext context = framework.getBundleContext();
		for (String location : split(bundles)) {
			Bundle bundle = context.getBundle(location);
			if (bundle == null) {
				return location + " is not installed";
			}
			String digest = digest(manifest, location);
			if (digest == null) {
				return location + " has no digest in the manifest";
			}
			java.io.File recorded = context.getDataFile(DIGESTS_DIR.concat(Long.toString(bundle.getBundleId())));
			if (recorded == null || !recorded.isFile()
				|| !digest.equals(new String(Files.readAllBytes(recorded.toPath()), StandardCharsets.UTF_8))) {
				return location + " changed";
			}
			BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
			Integer level = levels.get(key(bundle.getSymbolicName(), bundle.getVersion().toString()));
			if (level != null && startLevel.getStartLevel() != level) {
				return location + " is on start level " + startLevel.getStartLevel() + ", not " + level;
			}
			if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null && !startLevel.isPersistentlyStarted()) {
				return location + " is stopped";
			}
		}
		return null;
	}

	/** The first digest of a manifest entry, in the bnd launcher's order. */
	static String digest(Manifest manifest, String entry) {
		Attributes attributes = manifest.getAttributes(entry);
		if (attributes == null) {
			return null;
		}
		for (String name : DIGEST_NAMES) {
			String value = attributes.getValue(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * The start levels in {@code launch.runbundles.attrs} ({@code bsn;version="1.0.0";startlevel=2,...}),
	 * by {@code bsn;version}.
	 */
	static Map<String, Integer> startLevels(String attrs) {
		Map<String, Integer> levels = new HashMap<>();
		for (String clause : split(attrs)) {
			String[] parts = clause.split(";");
			String version = null;
			Integer level = null;
			for (int i = 1; i < parts.length; i++) {
				String part = parts[i].trim();
				int eq = part.indexOf('=');
				if (eq < 0) {
					continue;
				}
				String key = part.substring(0, eq).trim();
				String value = part.substring(eq + 1).trim().replace("\"", "");
				if (key.equals("version")) {
					version = value;
				} else if (key.equals("startlevel")) {
					level = Integer.valueOf(value);
				}
			}
			if (version != null && level != null) {
				levels.put(key(parts[0].trim(), version), level);
			}
		}
		return levels;
	}

	private static String key(String symbolicName, String version) {
		return symbolicName.concat(";").concat(version);
	}

	/** Splits a comma-separated list, keeping commas inside double quotes. */
	static List<String> split(String list) {
		List<String> items = new ArrayList<>();
		StringBuilder item = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				add(items, item);
			} else {
				item.append(c);
			}
		}
		add(items, item);
		return items;
	}

	private static void add(List<String> items, StringBuilder item) {
		String s = item.toString().trim();
		if (!s.isEmpty()) {
			items.add(s);
		}
		item.setLength(0);
	}

	private static void copy(Properties from, String key, Map<String, String> to, String as) {
		String value = from.getProperty(key);
		if (value != null && !value.isBlank()) {
			to.put(as, value);
		}
	}

	private static void trace(String what) {
		if (TRACE) {
			System.err.printf(java.util.Locale.ROOT, "newsradar launcher: %.1f ms %s%n", (System.nanoTime() - T0) / 1e6, what);
		}
	}
}
