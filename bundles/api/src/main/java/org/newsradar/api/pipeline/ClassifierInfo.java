package org.newsradar.api.pipeline;

/**
 * One registered topic classifier as the pipeline sees it.
 *
 * @param topic     the topic id
 * @param bundle    symbolic name of the bundle that registered it
 * @param version   that bundle's version
 * @param bundleId  that bundle's id
 * @param ranking   its service ranking
 * @param serviceId its service id
 * @param active    true for the one serving the topic, false for standby candidates
 */
public record ClassifierInfo(String topic, String bundle, String version, long bundleId, int ranking,
	long serviceId, boolean active) {

	/** @return {@code "bundle version"}, as the output record's {@code classifiers} field names it */
	public String label() {
		return bundle + " " + version;
	}
}
