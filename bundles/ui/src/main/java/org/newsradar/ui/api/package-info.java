/**
 * The web workbench's extension points and services. A bundle adds a page to the workbench by
 * registering a {@link org.newsradar.ui.api.WorkbenchView} service, the way an Eclipse plugin adds
 * a view; views read the {@link org.newsradar.ui.api.StoryStore} of stories seen so far and the
 * {@link org.newsradar.ui.api.Sources} log of what was ingested.
 */
@Export
@Version("1.0.0")
package org.newsradar.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
