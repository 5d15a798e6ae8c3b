package org.newsradar.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * Services of one kind kept in ranking order (highest {@code service.ranking} first, then the
 * oldest service), changing at runtime. Reads take an immutable snapshot, so a story processed
 * while a service comes or goes sees one consistent set. A service is got (and its component
 * activated) only when first used, so commands that only list what is installed start none of them.
 */
final class RankedServices<T> {

	/**
	 * A service, the reference it was registered under, and its bundle's label taken when it was
	 * bound: a record names the classifier that decided even if it left while deciding.
	 */
	record Ranked<T>(Lazily<T> got, ServiceReference<?> reference, String label) {
		/** @return the service, got on first use; null when it cannot be got (its component failed to activate) */
		T service() {
			return got.service();
		}

		int ranking() {
			Object r = reference.getProperty(Constants.SERVICE_RANKING);
			return r instanceof Integer i ? i : 0;
		}

		long serviceId() {
			return (Long) reference.getProperty(Constants.SERVICE_ID);
		}

		String property(String key) {
			Object v = reference.getProperty(key);
			return v == null ? null : v.toString();
		}
	}

	private static final Comparator<Ranked<?>> ORDER = Comparator.<Ranked<?>>comparingInt(Ranked::ranking).reversed()
		.thenComparingLong(Ranked::serviceId);

	private volatile List<Ranked<T>> sorted = List.of();

	synchronized void add(ComponentServiceObjects<T> service, ServiceReference<?> reference) {
		List<Ranked<T>> next = new ArrayList<>(sorted);
		next.add(new Ranked<>(new Lazily<>(service), reference, Labels.of(reference)));
		publish(next);
	}

	synchronized void remove(ServiceReference<?> reference) {
		List<Ranked<T>> next = new ArrayList<>(sorted);
		next.removeIf(r -> r.reference().equals(reference));
		publish(next);
	}

	/** Re-sorts after a service's properties (its ranking) changed. */
	synchronized void modified() {
		publish(new ArrayList<>(sorted));
	}

	List<Ranked<T>> snapshot() {
		return sorted;
	}

	private void publish(List<Ranked<T>> next) {
		next.sort(ORDER);
		sorted = List.copyOf(next);
	}

	/**
	 * Gets a bound service once, when first asked. A service that cannot be got is not asked for again
	 * (its component's failure is logged once by SCR, not once per page); SCR releases the service when
	 * it is unbound.
	 */
	static final class Lazily<T> {
		private final ComponentServiceObjects<T> objects;
		private T service;
		/** Written after {@link #service}: once it reads true, the service is seen without a lock. */
		private volatile boolean asked;

		Lazily(ComponentServiceObjects<T> objects) {
			this.objects = objects;
		}

		T service() {
			if (asked) {
				return service;
			}
			synchronized (this) {
				if (!asked) {
					try {
						service = objects.getService();
					} catch (IllegalStateException unbound) {
						service = null;
					}
					asked = true;
				}
				return service;
			}
		}
	}
}
