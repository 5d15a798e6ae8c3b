package org.newsradar.core.pipeline;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The promoted classifiers, topic to bundle symbolic name, and their round trip through Config
 * Admin. Config Admin hands every save back to the component asynchronously, so the echo of an
 * earlier save can arrive after a later promotion or unpin and would undo it. Each save therefore
 * carries a generation number ({@value #GENERATION}); a configuration whose generation is older
 * than our last save is such an echo and is ignored. A configuration without a generation of ours
 * (a {@code .cfg} file, whose values are text; an edit that dropped it) or with the latest one is
 * taken as it comes, so a user's own edit of the pins always counts.
 */
final class Pins {
	/** Configuration property: the generation of the save that wrote the configuration. */
	static final String GENERATION = "pinned.generation";
	/** Configuration property: the pins, as {@code topic=bundle-symbolic-name}. */
	static final String PINNED = "pinned";

	/** Where a save goes (Config Admin); called while the pins are locked, so saves land in order. */
	interface Store {
		void save(String[] pinned, long generation) throws IOException;
	}

	private Map<String, String> byTopic = Map.of();
	/** The generation of the newest configuration seen or saved. */
	private long generation;

	/** @return the pins now in force, topic to bundle symbolic name */
	synchronized Map<String, String> current() {
		return byTopic;
	}

	/**
	 * Takes a configuration delivered by Config Admin, unless it is the echo of a save older than
	 * the last one.
	 *
	 * @param generation the configuration's {@value #GENERATION} property, or null
	 * @return whether the configuration was taken
	 */
	synchronized boolean configured(String[] pinned, Object generation) {
		long g = generationOf(generation);
		if (g >= 0 && g < this.generation) {
			return false;
		}
		this.generation = Math.max(this.generation, g);
		Map<String, String> p = new TreeMap<>();
		for (String pin : pinned) {
			int eq = pin.indexOf('=');
			if (eq > 0) {
				p.put(pin.substring(0, eq).trim(), pin.substring(eq + 1).trim());
			}
		}
		byTopic = Map.copyOf(p);
		return true;
	}

	/**
	 * Changes the pins: in force at once, then saved under the next generation. When the save
	 * fails the change stays in force for this session and the exception is thrown.
	 */
	synchronized void change(Consumer<Map<String, String>> edit, Store store) throws IOException {
		Map<String, String> next = new TreeMap<>(byTopic);
		edit.accept(next);
		byTopic = Map.copyOf(next);
		generation++;
		store.save(next.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new), generation);
	}

	/** @return the generation our save wrote (always a Long), or -1 for a value someone else wrote */
	private static long generationOf(Object value) {
		return value instanceof Long g ? g : -1;
	}
}
