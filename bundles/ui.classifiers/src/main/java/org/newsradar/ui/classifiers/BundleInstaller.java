package org.newsradar.ui.classifiers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.newsradar.api.classify.TopicClassifier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * Installs an uploaded classifier bundle: only a jar whose manifest makes it an OSGi bundle that
 * uses the classifier API, not one already installed. It is started at once; a bundle that cannot
 * start is removed again, so a failed upload leaves nothing behind.
 */
final class BundleInstaller {
	private static final String CLASSIFY_PACKAGE = TopicClassifier.class.getPackageName();

	/** An upload that is not installed, and why. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String reason) {
			super(reason);
		}
	}

	/** The installed bundle and the topics it serves. */
	record Installed(Bundle bundle, List<String> topics) {
	}

	private final BundleContext context;

	BundleInstaller(BundleContext context) {
		this.context = context;
	}

	Installed install(byte[] jar) throws Refused {
		Attributes main = manifest(jar).getMainAttributes();
		String name = main.getValue("Bundle-SymbolicName");
		if (name == null || !"2".equals(main.getValue("Bundle-ManifestVersion"))) {
			throw new Refused("OSGi 번들이 아닙니다 (매니페스트에 Bundle-SymbolicName과 Bundle-ManifestVersion: 2가 없습니다)");
		}
		String symbolicName = name.split(";", 2)[0].strip();
		Version version;
		try {
			version = Version.parseVersion(main.getValue("Bundle-Version"));
		} catch (IllegalArgumentException e) {
			throw new Refused("Bundle-Version이 올바르지 않습니다: " + main.getValue("Bundle-Version"));
		}
		String imports = main.getValue("Import-Package");
		if (imports == null || !imports.matches("(?s).*\\b" + CLASSIFY_PACKAGE.replace(".", "\\.") + "\\b.*")) {
			throw new Refused("분류기 번들이 아닙니다 (" + CLASSIFY_PACKAGE + " 패키지를 가져오지 않습니다)");
		}
		for (Bundle b : context.getBundles()) {
			if (symbolicName.equals(b.getSymbolicName()) && version.equals(b.getVersion())) {
				throw new Refused(symbolicName + " " + version + "은(는) 이미 설치되어 있습니다 (번들 " + b.getBundleId() + ")");
			}
		}
		Bundle bundle;
		try {
			bundle = context.installBundle("newsradar-upload:" + symbolicName + "/" + version, new ByteArrayInputStream(jar));
		} catch (BundleException e) {
			throw new Refused("설치할 수 없습니다: " + e.getMessage());
		}
		try {
			bundle.start();
		} catch (BundleException e) {
			try {
				bundle.uninstall();
			} catch (BundleException ignored) {
				// it is being removed anyway
			}
			throw new Refused("시작할 수 없어서 다시 제거했습니다: " + e.getMessage());
		}
		return new Installed(bundle, topics(bundle));
	}

	/** The jar's manifest, wherever it stands among the entries (a bundle needs not put it first). */
	private static Manifest manifest(byte[] jar) throws Refused {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
					return new Manifest(in);
				}
			}
		} catch (IOException e) {
			throw new Refused("jar 파일로 읽을 수 없습니다: " + e.getMessage());
		}
		throw new Refused("jar 파일이 아니거나 매니페스트가 없습니다");
	}

	private static List<String> topics(Bundle bundle) {
		List<String> topics = new ArrayList<>();
		ServiceReference<?>[] registered = bundle.getRegisteredServices();
		if (registered != null) {
			for (ServiceReference<?> ref : registered) {
				Object topic = ref.getProperty(TopicClassifier.TOPIC);
				if (topic != null && !topics.contains(topic.toString())) {
					topics.add(topic.toString());
				}
			}
		}
		return topics;
	}
}
