package org.newsradar.core.deploy;

import java.io.File;
import java.net.URI;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Uninstalls bundles whose jar was deleted from FileInstall's deploy folder while the workbench
 * was not running. FileInstall only notices deletions it sees happen, so without this a deleted
 * classifier would come back on every start from the framework's persistent state.
 */
@Component(immediate = true)
public class DeletedJarReaper {

	@Activate
	void activate(BundleContext context) {
		String dir = context.getProperty("felix.fileinstall.dir");
		if (dir == null) {
			return;
		}
		String watched = new File(dir).getAbsoluteFile().toURI().toString();
		for (Bundle b : context.getBundles()) {
			String location = b.getLocation();
			if (location.startsWith(watched) && !new File(URI.create(location)).exists()) {
				try {
					b.uninstall();
				} catch (BundleException | IllegalStateException | IllegalArgumentException e) {
					System.err.println("newsradar: cannot uninstall " + location + " whose jar was deleted: " + e);
				}
			}
		}
	}
}
