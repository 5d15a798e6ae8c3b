/**
 * The JSON form of the output record, shared so that every exporter, reader and tool writes and
 * reads the same field names (the output contract), plus a small JSON reader for gold files.
 */
@Export
@Version("1.0.0")
package org.newsradar.api.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
