/**
 * Fact extraction: regions, places, won amounts, jobs, capacity and date of a story.
 */
@Export
@Version("1.0.0")
package org.newsradar.api.facts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
