package org.newsradar.classifier.datacenter;

import org.newsradar.lexicon.testing.ComposedCasesContract;

/** The shipped data_center lexicon decides composed trap and variant stories as an analyst would. */
class DataCenterClassifierTest extends ComposedCasesContract {
	DataCenterClassifierTest() {
		super(new DataCenterClassifier(), "/cases/data_center.cases");
	}
}
