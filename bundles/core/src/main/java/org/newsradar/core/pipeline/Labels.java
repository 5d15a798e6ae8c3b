package org.newsradar.core.pipeline;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** How records and commands name the bundle behind a service: {@code "symbolic-name version"}. */
final class Labels {
	private Labels() {
	}

	static String of(ServiceReference<?> reference) {
		Bundle b = reference.getBundle();
		return b == null ? "(unregistered)" : b.getSymbolicName() + " " + b.getVersion();
	}
}
