/**
 * Stories as HTML for every page newsradar shows (the HTML report, the web workbench): escaping of
 * untrusted page text, evidence highlighting, topic names and colours, SVG bar charts, and the
 * stylesheet that goes with them.
 */
@Export
@Version("1.0.0")
package org.newsradar.render;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
