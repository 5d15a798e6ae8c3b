package org.newsradar.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A topic's cues and the scoring settings that weigh them, read from a text file.
 *
 * <h2>Format</h2> One entry per line; {@code #} starts a comment line; blank lines are ignored.
 *
 * <pre>
 * cue  WEIGHT PHRASE [| group=G1,G2] [| needs=G3,G4]   evidence for the topic
 * neg  WEIGHT PHRASE [| ...]                           evidence against the topic
 * trap PHRASE                                          cue matches inside it do not count
 * set  NAME VALUE                                      a scoring setting (see {@link Settings})
 * </pre>
 *
 * Options: {@code group=G1,G2} names what a match makes present; {@code needs=G1,G2} lets a cue
 * count only when one of the named groups is present in the story (a weight-0 cue is a pure context
 * marker); a cue with both, once its needs are met, makes its own groups present too; {@code in=title} or {@code in=body} restricts where the entry matches; {@code anchor}
 * marks a cue whose match shows, wherever it stands, that the story is about the topic (it is never
 * a mention in passing).
 *
 * <pre>
 * </pre>
 *
 * A PHRASE is literal text (matched with or without white space where the phrase has a space, and
 * whatever particle follows it: "데이터 센터" matches 데이터센터를 and 데이터 센터의) or
 * {@code re:} and a Java regular expression (matched case-insensitively on the text as written).
 * The same
 * format, one entry per string, serves configuration that adds cues to a shipped lexicon; there a
 * bare phrase without a kind means {@code cue} with {@link #DEFAULT_EXTRA_WEIGHT}.
 */
public final class Lexicon {
	/** Weight of a configured extra cue given as a bare phrase. */
	public static final double DEFAULT_EXTRA_WEIGHT = 2.0;
	// compiled once: String.split compiles its expression at every call, for each of a lexicon's lines
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
	private static final Pattern OPTION_BAR = Pattern.compile("\\s+\\|\\s+");

	private final String name;
	private final List<Cue> cues;
	private final Settings settings;

	public Lexicon(String name, List<Cue> cues, Settings settings) {
		this.name = name;
		this.cues = List.copyOf(cues);
		this.settings = settings;
	}

	public String name() {
		return name;
	}

	public List<Cue> cues() {
		return cues;
	}

	public Settings settings() {
		return settings;
	}

	/** Reads a lexicon from a UTF-8 resource next to {@code owner} (inside its bundle). */
	public static Lexicon fromResource(Class<?> owner, String resource) {
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no lexicon resource " + resource + " beside " + owner.getName());
			}
			return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read lexicon " + resource, e);
		}
	}

	/**
	 * A lexicon made of entries alone, e.g. a topic defined in configuration: each entry in the file
	 * format, a bare phrase being a cue of {@link #DEFAULT_EXTRA_WEIGHT}; default settings.
	 */
	public static Lexicon fromEntries(String name, Collection<String> entries) {
		return new Lexicon(name, List.of(), Settings.DEFAULTS).with(name, entries, true);
	}

	public static Lexicon parse(String name, Reader reader) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(reader)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lines.add(line);
			}
		}
		return new Lexicon(name, List.of(), Settings.DEFAULTS).with(name, lines, false);
	}

	/**
	 * @param extraEntries entries in the file format (a bare phrase is a cue of the default weight)
	 * @param removed      phrases whose entries are dropped, whatever their kind
	 * @return this lexicon edited as configuration asks
	 */
	public Lexicon edited(Collection<String> extraEntries, Collection<String> removed) {
		Lexicon extended = with(name, extraEntries, true);
		List<Cue> kept = new ArrayList<>();
		for (Cue c : extended.cues) {
			if (!removes(removed, c)) {
				kept.add(c);
			}
		}
		return new Lexicon(name, kept, extended.settings);
	}

	private static boolean removes(Collection<String> removed, Cue c) {
		for (String r : removed) {
			if (!r.isBlank() && c.samePhrase(r)) {
				return true;
			}
		}
		return false;
	}

	private Lexicon with(String source, Collection<String> lines, boolean barePhrases) {
		List<Cue> all = new ArrayList<>(cues);
		Map<String, Double> set = new LinkedHashMap<>();
		int n = 0;
		for (String raw : lines) {
			n++;
			String line = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				String[] head = WHITE_SPACE.split(line, 2);
				String kind = head[0].toLowerCase(Locale.ROOT);
				switch (kind) {
				case "set" -> {
					String[] nv = WHITE_SPACE.split(head[1].strip());
					set.put(nv[0], Double.parseDouble(nv[1]));
				}
				case "trap" -> all.add(entry(Cue.Kind.TRAP, "0 ".concat(head[1])));
				case "cue" -> all.add(entry(Cue.Kind.CUE, head[1]));
				case "neg" -> all.add(entry(Cue.Kind.NEGATIVE, head[1]));
				default -> {
					if (!barePhrases) {
						throw new IllegalArgumentException("unknown kind " + head[0]);
					}
					all.add(entry(Cue.Kind.CUE, DEFAULT_EXTRA_WEIGHT + " " + line));
				}
				}
			} catch (RuntimeException e) {
				throw new IllegalArgumentException(source + ":" + n + ": cannot read '" + line + "': " + e.getMessage(), e);
			}
		}
		return new Lexicon(name, all, settings.with(set));
	}

	/** Parses "WEIGHT PHRASE [| option=value]..." */
	private static Cue entry(Cue.Kind kind, String rest) {
		String[] parts = OPTION_BAR.split(rest);
		String[] weightAndPhrase = WHITE_SPACE.split(parts[0].strip(), 2);
		if (weightAndPhrase.length < 2) {
			throw new IllegalArgumentException("expected WEIGHT PHRASE");
		}
		double weight = Double.parseDouble(weightAndPhrase[0]);
		Set<String> groups = new LinkedHashSet<>();
		Set<String> needs = new LinkedHashSet<>();
		String field = null;
		boolean anchor = false;
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].strip().equals("anchor")) {
				anchor = true;
				continue;
			}
			String[] option = parts[i].strip().split("=", 2);
			if (option.length < 2) {
				throw new IllegalArgumentException("expected option=value, got " + parts[i]);
			}
			if (option[0].strip().equals("in")) {
				field = option[1].strip();
				continue;
			}
			Set<String> target = switch (option[0].strip()) {
			case "group" -> groups;
			case "needs" -> needs;
			default -> throw new IllegalArgumentException("unknown option " + option[0]);
			};
			for (String g : option[1].split(",")) {
				if (!g.isBlank()) {
					target.add(g.strip());
				}
			}
		}
		return new Cue(kind, weight, weightAndPhrase[1], groups, needs, field, anchor);
	}

	/**
	 * How matches are weighed. A match contributes its cue weight times the factor of where it stands
	 * (title, lead, rest of the body, or a headline-like body line), divided by how many times the
	 * same cue matched before it: repetition helps, with diminishing returns. The sum of cue
	 * contributions minus negative contributions is then discounted when the story only mentions the
	 * topic in passing (no strong cue in the title or the lead sentence, and strong cues in less than
	 * a share of the body's sentences) or only in its title, and mapped to the score
	 * {@code 1 - 2^(-sum / mass)}: a sum equal to {@code mass} scores 0.5.
	 *
	 * <table>
	 * <tr><th>name</th><th>default</th><th>meaning</th></tr>
	 * <tr><td>title_factor</td><td>2.5</td><td>weight of a match in the title</td></tr>
	 * <tr><td>lead_factor</td><td>1.5</td><td>weight of a match in the lead of the body</td></tr>
	 * <tr><td>lead_chars</td><td>200</td><td>the lead is the first sentence, at most this long</td></tr>
	 * <tr><td>aside_factor</td><td>0.5</td><td>weight of a match in a sentence opening with 한편 or
	 * 이 밖에 (an aside)</td></tr>
	 * <tr><td>headline_factor</td><td>0.25</td><td>weight of a match in a short body line that does not
	 * end like a sentence: most often the headline of another story left in the page</td></tr>
	 * <tr><td>headline_chars</td><td>80</td><td>the longest line that can look like a headline</td></tr>
	 * <tr><td>passing_factor</td><td>0.5</td><td>multiplier for a mention in passing</td></tr>
	 * <tr><td>passing_coverage</td><td>0.3</td><td>the share of body sentences with a match (two at
	 * least) from which a story without a match in title or lead is not a mention in passing</td></tr>
	 * <tr><td>strong_weight</td><td>2</td><td>the least weight of a cue whose match says what the story
	 * is about: only such matches in title or lead, or across that share of sentences, make a story
	 * more than a mention in passing</td></tr>
	 * <tr><td>title_only_factor</td><td>0.5</td><td>multiplier when nothing matched in the body</td></tr>
	 * <tr><td>mass</td><td>6</td><td>the sum that scores 0.5</td></tr>
	 * <tr><td>max_evidence</td><td>8</td><td>how many phrases a decision reports at most</td></tr>
	 * </table>
	 */
	public static final class Settings {
		private static final Map<String, Double> DEFAULT_VALUES = Map.ofEntries(
			Map.entry("title_factor", 2.5),
			Map.entry("lead_factor", 1.5),
			Map.entry("lead_chars", 200.0),
			Map.entry("aside_factor", 0.5),
			Map.entry("headline_factor", 0.25),
			Map.entry("headline_chars", 80.0),
			Map.entry("passing_factor", 0.5),
			Map.entry("passing_coverage", 0.3),
			Map.entry("strong_weight", 2.0),
			Map.entry("title_only_factor", 0.5),
			Map.entry("mass", 6.0),
			Map.entry("max_evidence", 8.0));
		public static final Settings DEFAULTS = new Settings(DEFAULT_VALUES);

		private final Map<String, Double> values;
		// the values again, read by name once: scoring asks for them for every match and sentence
		private final double titleFactor;
		private final double leadFactor;
		private final int leadChars;
		private final double headlineFactor;
		private final int headlineChars;
		private final double asideFactor;
		private final double passingCoverage;
		private final double strongWeight;
		private final double passingFactor;
		private final double titleOnlyFactor;
		private final double mass;
		private final int maxEvidence;

		private Settings(Map<String, Double> values) {
			if (!(values.get("mass") > 0)) {
				throw new IllegalArgumentException("mass must be positive");
			}
			this.values = Map.copyOf(values);
			this.titleFactor = values.get("title_factor");
			this.leadFactor = values.get("lead_factor");
			this.leadChars = values.get("lead_chars").intValue();
			this.headlineFactor = values.get("headline_factor");
			this.headlineChars = values.get("headline_chars").intValue();
			this.asideFactor = values.get("aside_factor");
			this.passingCoverage = values.get("passing_coverage");
			this.strongWeight = values.get("strong_weight");
			this.passingFactor = values.get("passing_factor");
			this.titleOnlyFactor = values.get("title_only_factor");
			this.mass = values.get("mass");
			this.maxEvidence = values.get("max_evidence").intValue();
		}

		Settings with(Map<String, Double> changes) {
			Map<String, Double> merged = new LinkedHashMap<>(values);
			for (var e : changes.entrySet()) {
				if (!DEFAULT_VALUES.containsKey(e.getKey())) {
					throw new IllegalArgumentException("unknown setting " + e.getKey() + ", known: " + DEFAULT_VALUES.keySet());
				}
				merged.put(e.getKey(), e.getValue());
			}
			return new Settings(merged);
		}

		public double titleFactor() {
			return titleFactor;
		}

		public double leadFactor() {
			return leadFactor;
		}

		public int leadChars() {
			return leadChars;
		}

		public double headlineFactor() {
			return headlineFactor;
		}

		public int headlineChars() {
			return headlineChars;
		}

		public double asideFactor() {
			return asideFactor;
		}

		public double passingCoverage() {
			return passingCoverage;
		}

		public double strongWeight() {
			return strongWeight;
		}

		public double passingFactor() {
			return passingFactor;
		}

		public double titleOnlyFactor() {
			return titleOnlyFactor;
		}

		public double mass() {
			return mass;
		}

		public int maxEvidence() {
			return maxEvidence;
		}
	}
}
