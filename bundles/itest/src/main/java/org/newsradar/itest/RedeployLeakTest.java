package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevisions;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installing, using and uninstalling a classifier bundle many times leaves nothing behind: no
 * bundle revision or wiring waits for removal, and the old class loaders can be collected.
 */
class RedeployLeakTest {
	private static final int CYCLES = 50;
	private static final Story MARKED = Story.of("시험 기사", "본문에 " + ComposedPages.MARKER + " 가 들어 있다.");

	/** What the framework holds: revisions of installed bundles, wirings in use, removals pending. */
	private record Held(int revisions, int wiringsInUse, int removalPending) {
		static Held now() {
			int revisions = 0;
			int inUse = 0;
			for (Bundle b : Framework.context().getBundles()) {
				for (var revision : b.adapt(BundleRevisions.class).getRevisions()) {
					revisions++;
					if (revision.getWiring() != null && revision.getWiring().isInUse()) {
						inUse++;
					}
				}
			}
			FrameworkWiring fw = Framework.context().getBundle(0).adapt(FrameworkWiring.class);
			return new Held(revisions, inUse, fw.getRemovalPendingBundles().size());
		}
	}

	@Test
	void fiftyInstallUninstallCyclesLeaveNoRevisionWiringOrClassLoaderBehind() throws Exception {
		Pipeline pipeline = Framework.service(Pipeline.class);
		Held before = Held.now();
		List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
		for (int i = 0; i < CYCLES; i++) {
			Bundle b = Bundles.startFixture("itest:leak-" + i);
			assertTrue(Framework.eventually(() -> Bundles.activeLabel("data_center").startsWith(Bundles.FIXTURE + " ")));
			assertTrue(pipeline.process("leak.txt", i, MARKED).classifiers().get("data_center").startsWith(Bundles.FIXTURE + " "));
			loaders.add(new WeakReference<>(b.adapt(BundleWiring.class).getClassLoader()));
			b.uninstall();
			Bundles.refresh(List.of(b));
		}
		Held after = Held.now();
		int collected = 0;
		for (int gc = 0; gc < 20 && collected < CYCLES; gc++) {
			System.gc();
			Thread.sleep(50);
			collected = (int) loaders.stream().filter(l -> l.get() == null).count();
		}
		System.out.printf("redeploy x%d: revisions %d -> %d, wirings in use %d -> %d, removal pending %d -> %d, "
			+ "class loaders collected %d of %d%n", CYCLES, before.revisions(), after.revisions(), before.wiringsInUse(),
			after.wiringsInUse(), before.removalPending(), after.removalPending(), collected, CYCLES);
		assertEquals(before, after);
		assertEquals(CYCLES, collected, "old class loaders still reachable");
	}
}
