/**
 * Topic classifiers: one service per topic decides whether a story is about it, and why.
 */
@Export
@Version("1.0.0")
package org.newsradar.api.classify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
