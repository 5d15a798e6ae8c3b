package org.newsradar.classifier.csr;

import org.newsradar.lexicon.testing.ComposedCasesContract;

/** The shipped csr_event lexicon decides composed trap and variant stories as an analyst would. */
class CsrEventClassifierTest extends ComposedCasesContract {
	CsrEventClassifierTest() {
		super(new CsrEventClassifier(), "/cases/csr_event.cases");
	}
}
