/**
 * The story model shared by every bundle: a fetched page, the stories read from it, and the output record.
 */
@Export
@Version("1.0.1")
package org.newsradar.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
