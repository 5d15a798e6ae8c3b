package org.newsradar.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Pins against Config Admin's asynchronous echoes of our own saves, in any order. */
class PinsTest {
	private static final String DATACENTER = "org.newsradar.classifier.datacenter";

	/** A save as Config Admin would hand it back. */
	private record Saved(String[] pinned, Long generation) {
	}

	private final Pins pins = new Pins();
	private final List<Saved> saves = new ArrayList<>();

	private void promote(String topic, String bundle) throws IOException {
		pins.change(p -> p.put(topic, bundle), (pinned, generation) -> saves.add(new Saved(pinned, generation)));
	}

	private void unpin(String topic) throws IOException {
		pins.change(p -> p.remove(topic), (pinned, generation) -> saves.add(new Saved(pinned, generation)));
	}

	private boolean deliver(Saved s) {
		return pins.configured(s.pinned(), s.generation());
	}

	@Test
	void theEchoOfAPromotionArrivingAfterTheUnpinDoesNotPinAgain() throws IOException {
		promote("data_center", DATACENTER);
		unpin("data_center");

		assertFalse(deliver(saves.get(0)), "the promotion's echo is older than the unpin");
		assertEquals(Map.of(), pins.current());
		assertTrue(deliver(saves.get(1)));
		assertEquals(Map.of(), pins.current());
	}

	@Test
	void theEchoOfAnUnpinArrivingAfterTheNextPromotionDoesNotUnpin() throws IOException {
		unpin("data_center");
		promote("data_center", DATACENTER);

		deliver(saves.get(0));
		assertEquals(Map.of("data_center", DATACENTER), pins.current());
	}

	@Test
	void echoesInAnyOrderLeaveTheLastChangeInForce() throws IOException {
		for (int i = 0; i < 5; i++) {
			promote("data_center", DATACENTER);
			unpin("data_center");
		}
		promote("csr_event", "org.newsradar.itest.fixture");
		for (int i = saves.size() - 1; i >= 0; i -= 2) {
			deliver(saves.get(i));
		}
		for (int i = saves.size() - 2; i >= 0; i -= 2) {
			deliver(saves.get(i));
		}
		assertEquals(Map.of("csr_event", "org.newsradar.itest.fixture"), pins.current());
	}

	@Test
	void eachSaveCarriesTheWholePinsAndANewerGeneration() throws IOException {
		promote("data_center", DATACENTER);
		promote("csr_event", "org.newsradar.classifier.csr");

		assertArrayEquals(new String[] { "csr_event=org.newsradar.classifier.csr", "data_center=" + DATACENTER },
			saves.get(1).pinned());
		assertTrue(saves.get(1).generation() > saves.get(0).generation());
	}

	@Test
	void aUsersEditWithoutOurGenerationIsTakenEvenAfterOurSaves() throws IOException {
		promote("data_center", DATACENTER);
		unpin("data_center");

		// a .cfg file's values arrive as text
		assertTrue(pins.configured(new String[] { " smart_factory = org.example.sf " }, "1"));
		assertEquals(Map.of("smart_factory", "org.example.sf"), pins.current());
	}

	@Test
	void aUsersEditOfTheLatestSaveIsTaken() throws IOException {
		promote("data_center", DATACENTER);
		Saved latest = saves.get(0);

		assertTrue(pins.configured(new String[] { "data_center=org.example.dc" }, latest.generation()));
		assertEquals(Map.of("data_center", "org.example.dc"), pins.current());
	}

	@Test
	void savesAfterARestartOutnumberTheStoredGeneration() throws IOException {
		pins.configured(new String[] { "data_center=" + DATACENTER }, 41L);
		unpin("data_center");

		assertEquals(42L, saves.get(0).generation());
		assertFalse(pins.configured(new String[] { "data_center=" + DATACENTER }, 41L),
			"the stored configuration read at start is older than the unpin");
		assertEquals(Map.of(), pins.current());
	}

	@Test
	void aFailedSaveKeepsTheChangeForThisSessionAndSaysSo() {
		IOException failure = new IOException("disk full");
		assertThrows(IOException.class, () -> pins.change(p -> p.put("data_center", DATACENTER), (pinned, g) -> {
			throw failure;
		}));
		assertEquals(Map.of("data_center", DATACENTER), pins.current());
	}

	@Test
	void entriesWithoutATopicAreIgnored() {
		pins.configured(new String[] { "=org.example", "no-equals-sign", "csr_event=org.newsradar.classifier.csr" }, null);
		assertEquals(Map.of("csr_event", "org.newsradar.classifier.csr"), pins.current());
	}
}
