package org.newsradar.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsradar.ui.api.ViewRequest;
import org.newsradar.ui.api.ViewResponse;
import org.newsradar.ui.api.WorkbenchView;
import org.osgi.framework.ServiceReference;

/** Which views the workbench shows, and in which order, as plugins add and replace them. */
class ViewRegistryTest {
	private record View(String id, String title, int order) implements WorkbenchView {
		@Override
		public void get(ViewRequest request, ViewResponse response) {
			response.page(title, "");
		}
	}

	/** A service reference ordered like a real one: higher ranking first, then older service first. */
	@SuppressWarnings("unchecked")
	private static ServiceReference<WorkbenchView> ref(int ranking, long serviceId) {
		return (ServiceReference<WorkbenchView>) Proxy.newProxyInstance(ViewRegistryTest.class.getClassLoader(),
			new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
				case "compareTo" -> {
					ServiceReference<?> other = (ServiceReference<?>) args[0];
					int r = Integer.compare(ranking, (Integer) other.getProperty("service.ranking"));
					yield r != 0 ? r : Long.compare((Long) other.getProperty("service.id"), serviceId);
				}
				case "getProperty" -> "service.ranking".equals(args[0]) ? (Object) ranking : (Object) serviceId;
				case "hashCode" -> Long.hashCode(serviceId);
				case "equals" -> proxy == args[0];
				default -> null;
			});
	}

	@Test
	void navigationFollowsEachViewsOrder() {
		WorkbenchServlet shell = new WorkbenchServlet();
		shell.addView(ref(0, 1), new View("stories", "기사", 20));
		shell.addView(ref(0, 2), new View("dashboard", "대시보드", 10));
		shell.addView(ref(0, 3), new View("plugin", "플러그인", 15));
		assertEquals(List.of("dashboard", "plugin", "stories"), shell.shownViews().stream().map(WorkbenchView::id).toList());
	}

	@Test
	void aHigherRankedViewReplacesTheOneWithItsId() {
		WorkbenchServlet shell = new WorkbenchServlet();
		shell.addView(ref(0, 1), new View("stories", "기사", 20));
		shell.addView(ref(10, 2), new View("stories", "내 기사 보기", 20));
		assertEquals(List.of("내 기사 보기"), shell.shownViews().stream().map(WorkbenchView::title).toList());
	}

	@Test
	void theReplacedViewReturnsWhenTheReplacementGoes() {
		WorkbenchServlet shell = new WorkbenchServlet();
		ServiceReference<WorkbenchView> replacement = ref(10, 2);
		shell.addView(ref(0, 1), new View("stories", "기사", 20));
		shell.addView(replacement, new View("stories", "내 기사 보기", 20));
		shell.removeView(replacement);
		assertEquals(List.of("기사"), shell.shownViews().stream().map(WorkbenchView::title).toList());
	}
}
