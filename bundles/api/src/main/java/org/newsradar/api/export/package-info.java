/**
 * Exporters: each writes one output format of a run into the output folder.
 */
@Export
@Version("1.0.0")
package org.newsradar.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
