package org.newsradar.classifier.lexicon;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Topics defined by {@code .cfg} files in the deploy folder. Felix FileInstall turns each file into
 * a configuration that names it, but only notices a deletion it sees happen: a file deleted while
 * the workbench was not running would leave its topic behind for good. At start, this removes the
 * topic of every file that is gone.
 */
@Component(service = {}, immediate = true)
public class TopicFiles {
	/** Set by Felix FileInstall on configurations it read from a file: the file's URI. */
	static final String FILE = "felix.fileinstall.filename";

	/** @return the file a topic's configuration was read from, or {@code null} if it was not */
	static Path of(Dictionary<String, ?> properties) {
		Object uri = properties == null ? null : properties.get(FILE);
		return uri == null ? null : Path.of(URI.create(uri.toString()));
	}

	static Path of(Configuration configuration) {
		return of(configuration.getProperties());
	}

	@Reference
	private ConfigurationAdmin configurations;

	@Activate
	void removeTopicsOfDeletedFiles() throws IOException, InvalidSyntaxException {
		Configuration[] topics = configurations.listConfigurations(
			"(&(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + ConfiguredTopicClassifier.FACTORY_PID + ")(" + FILE + "=*))");
		for (Configuration c : topics == null ? new Configuration[0] : topics) {
			Path file = of(c);
			if (file != null && !Files.exists(file)) {
				try {
					c.delete();
				} catch (IllegalStateException alreadyDeleted) {
					// FileInstall saw the deletion after all
				} catch (IOException e) {
					System.err.println("newsradar: cannot remove the topic of deleted " + file + ": " + e);
				}
			}
		}
	}
}
