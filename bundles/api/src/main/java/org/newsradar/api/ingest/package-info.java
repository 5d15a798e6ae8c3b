/**
 * Turning inputs (files, folders, URLs) into pages and pages into stories.
 */
@Export
@Version("1.0.0")
package org.newsradar.api.ingest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
