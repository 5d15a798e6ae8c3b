package org.newsradar.ui.internal;

import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tells open pages when a classifier comes, goes or changes its ranking. */
@Component(immediate = true)
public class ClassifierEvents {
	@Reference
	private EventHub events;

	@Reference(service = TopicClassifier.class, cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC)
	void bindClassifier(ServiceReference<TopicClassifier> ref) {
		changed();
	}

	void unbindClassifier(ServiceReference<TopicClassifier> ref) {
		changed();
	}

	void updatedClassifier(ServiceReference<TopicClassifier> ref) {
		changed();
	}

	private void changed() {
		EventHub hub = events;
		if (hub != null) {
			hub.publish(WorkbenchView.CLASSIFIERS, "{}");
		}
	}
}
