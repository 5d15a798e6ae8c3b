package org.newsradar.classifier.smartfactory;

import org.newsradar.lexicon.testing.ComposedCasesContract;

/** The shipped smart_factory lexicon decides composed trap and variant stories as an analyst would. */
class SmartFactoryClassifierTest extends ComposedCasesContract {
	SmartFactoryClassifierTest() {
		super(new SmartFactoryClassifier(), "/cases/smart_factory.cases");
	}
}
