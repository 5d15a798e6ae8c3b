package org.newsradar.itest;

import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Access to the running framework from inside a test. */
final class Framework {
	private Framework() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Framework.class).getBundleContext();
	}

	static <T> T service(Class<T> type) {
		BundleContext ctx = context();
		ServiceReference<T> ref = ctx.getServiceReference(type);
		if (ref == null) {
			throw new AssertionError("no " + type.getName() + " service registered");
		}
		return ctx.getService(ref);
	}

	/**
	 * Waits for a condition that service events make true (FileInstall, SCR): not a timing
	 * assertion, a bound on how long to wait for the event before declaring failure.
	 */
	static boolean eventually(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}
}
