package org.newsradar.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/** Services are ranked without being got, and got once, on first use. */
class RankedServicesTest {
	/** Service objects that count how often the service is got (each get activates or counts a use in SCR). */
	private static final class Counted implements ComponentServiceObjects<String> {
		final AtomicInteger gets = new AtomicInteger();
		private final Supplier<String> service;

		Counted(Supplier<String> service) {
			this.service = service;
		}

		@Override
		public String getService() {
			gets.incrementAndGet();
			return service.get();
		}

		@Override
		public void ungetService(String s) {
		}

		@Override
		public ServiceReference<String> getServiceReference() {
			throw new UnsupportedOperationException();
		}
	}

	@SuppressWarnings("unchecked")
	private static ServiceReference<String> reference(long id, int ranking) {
		Map<String, Object> properties = Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_RANKING, ranking);
		return (ServiceReference<String>) Proxy.newProxyInstance(RankedServicesTest.class.getClassLoader(),
			new Class<?>[] { ServiceReference.class }, (proxy, method, args) -> switch (method.getName()) {
				case "getProperty" -> properties.get(args[0]);
				case "getBundle" -> null;
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> throw new UnsupportedOperationException(method.getName());
			});
	}

	@Test
	void rankingAndListingGetNoService() {
		RankedServices<String> services = new RankedServices<>();
		Counted low = new Counted(() -> "low");
		Counted high = new Counted(() -> "high");
		services.add(low, reference(1, 0));
		services.add(high, reference(2, 10));
		List<RankedServices.Ranked<String>> ranked = services.snapshot();
		assertEquals(List.of(10, 0), ranked.stream().map(RankedServices.Ranked::ranking).toList());
		assertEquals(0, low.gets.get() + high.gets.get());
		assertEquals("high", ranked.get(0).service());
		assertEquals(0, low.gets.get());
	}

	@Test
	void aServiceIsGotOnceHoweverManyThreadsAsk() throws Exception {
		RankedServices<String> services = new RankedServices<>();
		Counted objects = new Counted(() -> new String("the one"));
		services.add(objects, reference(1, 0));
		RankedServices.Ranked<String> ranked = services.snapshot().get(0);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> answers = pool.invokeAll(java.util.Collections.nCopies(64, ranked::service));
			String first = answers.get(0).get();
			for (Future<String> f : answers) {
				assertSame(first, f.get());
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(1, objects.gets.get());
	}

	@Test
	void aServiceThatCannotBeGotIsNotAskedForAgain() {
		RankedServices<String> services = new RankedServices<>();
		Counted failing = new Counted(() -> null); // SCR's answer when the component's activate method throws
		Counted unbound = new Counted(() -> {
			throw new IllegalStateException("unbound");
		});
		services.add(failing, reference(1, 0));
		services.add(unbound, reference(2, 0));
		for (int i = 0; i < 3; i++) {
			services.snapshot().forEach(r -> assertNull(r.service()));
		}
		assertEquals(1, failing.gets.get());
		assertEquals(1, unbound.gets.get());
	}
}
