package org.newsradar.facts.korea;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Korean administrative divisions read from {@code gazetteer.tsv} (see the file's header for
 * its format), indexed for scanning a text once: every name form in one trie (Hangul names and
 * romanised ones such as Ulsan or North Gyeongsang), plus per 시·도 and per city tries of the
 * 시·군·구 and 행정구 that may follow them ("경남 양산", "성남시 분당구").
 */
final class Gazetteer {

	/**
	 * What a name found in a text stands for.
	 *
	 * @param places            the places it may name; several mean ambiguous (중구), unless {@code group}
	 * @param group             it names all of {@code places} at once (부울경)
	 * @param needsConfirmation it is also a common word, and only counts when the text confirms it (경기)
	 * @param notAPlace         a word that merely begins with a place name (대전환, 부산물)
	 */
	record Entry(List<Place> places, boolean group, boolean needsConfirmation, boolean notAPlace) {

		boolean ambiguous() {
			return !group && places.size() > 1;
		}

		Entry merge(Entry other) {
			Set<Place> union = new LinkedHashSet<>(places);
			union.addAll(other.places);
			return new Entry(List.copyOf(union), group && other.group,
				needsConfirmation && other.needsConfirmation, notAPlace || other.notAPlace);
		}
	}

	private static final String DISTRICT_SUFFIXES = "시군구";

	private final Trie<Entry> names = new Trie<>();
	private final Map<String, Trie<Place>> districtsByProvince = new HashMap<>();
	private final Map<Place, Trie<Place>> gusByCity = new HashMap<>();
	/** Each 시·도 form (광주) and its 시·도, to find those that are also a 시·군's stem elsewhere. */
	private final Map<String, String> provinceForms = new HashMap<>();
	/** The entries of the 시·도 forms that are also the stem of a 시·군 in another 시·도 (광주: 경기도 광주시). */
	private final Set<Entry> stemsOfDistrictsElsewhere = Collections.newSetFromMap(new IdentityHashMap<>());

	/** Reads the gazetteer shipped in this bundle. */
	static Gazetteer standard() {
		try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
			if (in == null) {
				throw new IllegalStateException("gazetteer.tsv is missing from the bundle");
			}
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Gazetteer read(InputStream in) throws IOException {
		Gazetteer g = new Gazetteer();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		int lineNo = 0;
		for (String line; (line = reader.readLine()) != null;) {
			lineNo++;
			line = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			try {
				g.add(f);
			} catch (RuntimeException e) {
				throw new IllegalArgumentException("gazetteer line " + lineNo + ": " + line, e);
			}
		}
		g.findStemsOfDistrictsElsewhere();
		return g;
	}

	private void add(String[] f) {
		switch (f[0]) {
			case "P" -> {
				for (String form : f[2].split(",")) {
					boolean confirm = form.startsWith("?");
					putName(confirm ? form.substring(1) : form,
						new Entry(List.of(Place.province(f[1])), false, confirm, false));
					provinceForms.put(confirm ? form.substring(1) : form, f[1]);
				}
			}
			case "D" -> {
				Place place = new Place(f[1], f[2]);
				String[] path = f[2].split(" ");
				String own = path[path.length - 1];
				Entry entry = new Entry(List.of(place), false, false, false);
				putName(own, entry);
				if (f.length > 3) {
					for (String bare : f[3].split(",")) {
						putName(bare, entry);
					}
				}
				Trie<Place> after = path.length == 1
					? districtsByProvince.computeIfAbsent(f[1], p -> new Trie<>())
					: gusByCity.computeIfAbsent(new Place(f[1], path[0]), p -> new Trie<>());
				after.put(own, place, (a, b) -> a);
				String stem = stem(own);
				if (stem != null) {
					after.put(stem, place, (a, b) -> a);
				}
			}
			case "L" -> putName(f[1], placeEntry(f));
			case "E" -> {
				Entry entry = placeEntry(f);
				for (String romanised : f[1].split(",")) {
					putName(romanised.strip(), entry);
				}
			}
			case "G" -> {
				List<Place> all = new ArrayList<>();
				for (String p : f[2].split(",")) {
					all.add(Place.province(p));
				}
				putName(f[1], new Entry(List.copyOf(all), true, false, false));
			}
			case "X" -> putName(f[1], new Entry(List.of(), false, false, true));
			default -> throw new IllegalArgumentException("unknown kind " + f[0]);
		}
	}

	private void findStemsOfDistrictsElsewhere() {
		provinceForms.forEach((form, province) -> {
			for (char suffix : new char[] {'시', '군'}) {
				Trie.Match<Entry> named = names.longest(form + suffix, 0);
				if (named != null && named.end() == form.length() + 1 && named.value().places().stream()
					.anyMatch(p -> !p.isProvince() && !p.province().equals(province))) {
					stemsOfDistrictsElsewhere.add(names.longest(form, 0).value());
				}
			}
		});
	}

	/** @return whether a 시·도's name is also the stem of a 시·군 in another 시·도 (광주: 경기도 광주시) */
	boolean isStemOfADistrictElsewhere(Entry entry) {
		return stemsOfDistrictsElsewhere.contains(entry);
	}

	/** An L or E line: names <tab> 시·도 <tab> 시·군·구 (optional). */
	private static Entry placeEntry(String[] f) {
		Place place = new Place(f[2], f.length > 3 && !f[3].isEmpty() ? f[3] : null);
		return new Entry(List.of(place), false, false, false);
	}

	/** 양산시 → 양산; 중구 → none (one syllable names nothing). */
	private static String stem(String name) {
		char last = name.charAt(name.length() - 1);
		if (DISTRICT_SUFFIXES.indexOf(last) < 0 || name.length() < 3) {
			return null;
		}
		return name.substring(0, name.length() - 1);
	}

	private void putName(String form, Entry entry) {
		names.put(form, entry, Entry::merge);
	}

	/** @return whether some name starts with {@code c} */
	boolean startsName(char c) {
		return names.startsWith(c);
	}

	/** @return the longest name at {@code from}, or {@code null} */
	Trie.Match<Entry> nameAt(CharSequence text, int from) {
		return names.longest(text, from);
	}

	/** @return a 시·군·구 of {@code province} named at {@code from}, bare stems included, or {@code null} */
	Trie.Match<Place> districtAt(String province, CharSequence text, int from) {
		Trie<Place> t = districtsByProvince.get(province);
		return t == null ? null : t.longest(text, from);
	}

	/** @return a 행정구 of {@code city} named at {@code from}, or {@code null} */
	Trie.Match<Place> guAt(Place city, CharSequence text, int from) {
		Trie<Place> t = gusByCity.get(city);
		return t == null ? null : t.longest(text, from);
	}
}
