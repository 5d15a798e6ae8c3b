package org.newsradar.core.shell;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Uninstalls the bundles an earlier launcher jar installed that the current one no longer carries.
 * The bnd launcher installs its embedded bundles at the locations {@code jar/NAME.jar} and, as the
 * framework state is kept across runs, never removes one it stopped listing: left alone, such a
 * bundle keeps starting with every run (the plain Gogo shell did, beside gogo.jline, once the shell
 * changed).
 */
@Component(immediate = true)
public class LauncherLeftovers {
	/** The location prefix of the bundles the bnd launcher installs from its jar. */
	static final String EMBEDDED = "jar/";

	@Activate
	void activate(BundleContext context) {
		String carried = context.getProperty("launch.bundles");
		if (carried == null || !Boolean.parseBoolean(context.getProperty("launch.embedded"))) {
			return; // not started by the exported launcher (tests, other launchers)
		}
		List<String> installed = Arrays.stream(context.getBundles()).map(Bundle::getLocation).toList();
		for (String location : leftovers(installed, carried)) {
			Bundle bundle = context.getBundle(location);
			try {
				if (bundle != null) {
					bundle.uninstall();
					System.err.println("newsradar: uninstalled " + bundle.getSymbolicName() + " " + bundle.getVersion()
						+ ", which this launcher no longer carries");
				}
			} catch (BundleException | IllegalStateException e) {
				System.err.println("newsradar: cannot uninstall " + location + ": " + e.getMessage());
			}
		}
	}

	/**
	 * @param installed the locations of the installed bundles
	 * @param carried the launcher's {@code launch.bundles}: the comma-separated locations it installs
	 * @return the installed locations that an embedded launcher installed and no longer carries
	 */
	static List<String> leftovers(Collection<String> installed, String carried) {
		Set<String> current = Arrays.stream(carried.split(",")).map(String::trim).collect(Collectors.toSet());
		return installed.stream().filter(l -> l.startsWith(EMBEDDED) && !current.contains(l)).toList();
	}
}
