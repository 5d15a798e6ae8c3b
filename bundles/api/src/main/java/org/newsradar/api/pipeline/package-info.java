/**
 * The pipeline service that runs ingest, classification, facts and export.
 */
@Export
@Version("1.0.0")
package org.newsradar.api.pipeline;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
