package org.newsradar.launcher;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * With {@code -Dnewsradar.launcher.trace=true}: the CPU time on the start-level thread from each
 * bundle's start to the next bundle's: its activator, and the components SCR activated once it had
 * started (those of other bundles that it made satisfied included). CPU time, not elapsed time, so
 * the figures hold on a busy machine. Loaded only when tracing.
 */
final class StartTrace implements SynchronousBundleListener {
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private Bundle current;
	private long thread;
	private long begin;

	static StartTrace install(BundleContext context) {
		StartTrace trace = new StartTrace();
		context.addBundleListener(trace);
		return trace;
	}

	@Override
	public synchronized void bundleChanged(BundleEvent event) {
		if (event.getType() == BundleEvent.STARTING) {
			finish();
			current = event.getBundle();
			thread = Thread.currentThread().getId();
			begin = threads.getCurrentThreadCpuTime();
		}
	}

	/** Reports the last bundle started: call once the framework has started. */
	synchronized void finish() {
		if (current != null) {
			System.err.printf(java.util.Locale.ROOT, "newsradar launcher: start of %s took %.1f ms CPU%n", current.getSymbolicName(),
				(threads.getThreadCpuTime(thread) - begin) / 1e6);
			current = null;
		}
	}
}
