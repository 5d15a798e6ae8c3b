package org.newsradar.itest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.newsradar.api.pipeline.ClassifierInfo;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/** Installing, removing and observing bundles from inside a test. */
final class Bundles {
	/** The swap-in classifier's bundle: a data_center classifier of service ranking 100. */
	static final String FIXTURE = "org.newsradar.itest.fixture";

	private Bundles() {
	}

	/** @return the fixture bundle's jar, as the test run names it */
	static Path fixtureJar() {
		return Path.of(System.getProperty("newsradar.itest.fixture"));
	}

	/** Installs and starts the fixture bundle under {@code location}. */
	static Bundle startFixture(String location) throws IOException, BundleException {
		Bundle b;
		try (InputStream in = Files.newInputStream(fixtureJar())) {
			b = Framework.context().installBundle(location, in);
		}
		b.start();
		return b;
	}

	/** @return the label ({@code "bundle version"}) of the classifier serving {@code topic}, or {@code "none"} */
	static String activeLabel(String topic) {
		return Framework.service(Pipeline.class).classifiers().stream().filter(c -> c.topic().equals(topic) && c.active())
			.map(ClassifierInfo::label).findFirst().orElse("none");
	}

	/**
	 * @return each installed bundle's id with its symbolic name, state and last-modified time (an
	 *         update or refresh changes it); the system bundle's time is left out, as Equinox stamps
	 *         it whenever any bundle is installed or removed
	 */
	static Map<Long, String> snapshot() {
		Map<Long, String> all = new TreeMap<>();
		for (Bundle b : Framework.context().getBundles()) {
			all.put(b.getBundleId(), b.getSymbolicName() + " state " + b.getState()
				+ (b.getBundleId() == 0 ? "" : " modified " + b.getLastModified()));
		}
		return all;
	}

	/** Refreshes the given bundles (and only what depends on them) and waits until the framework is done. */
	static void refresh(Collection<Bundle> bundles) throws InterruptedException {
		CountDownLatch done = new CountDownLatch(1);
		FrameworkWiring wiring = Framework.context().getBundle(0).adapt(FrameworkWiring.class);
		wiring.refreshBundles(bundles, event -> {
			if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
				done.countDown();
			}
		});
		if (!done.await(20, TimeUnit.SECONDS)) {
			throw new AssertionError("the framework did not finish refreshing " + bundles);
		}
	}
}
