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
 * A PHRASE is literal text (matched with or without white space where the phrase has a space, and
 * whatever particle follows it: "데이터 센터" matches 데이터센터를 and 데이터 센터의) or
 * {@code re:} and a Java regular expression (matched case-insensitively on the text as written).
 * {@code group=} names what a match makes present; {@code needs=} lets a cue count only when one of
 * the named groups is present in the story (a weight-0 cue is a pure context marker). The same
 * format, one entry per string, serves configuration that adds cues to a shipped lexicon; there a
 * bare phrase without a kind means {@code cue} with {@link #DEFAULT_EXTRA_WEIGHT}.
 */
public final class Lexicon {
	/** Weight of a configured extra cue given as a bare phrase. */
	public static final double DEFAULT_EXTRA_WEIGHT = 2.0;

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
			if (removed.stream().filter(r -> !r.isBlank()).noneMatch(c::samePhrase)) {
				kept.add(c);
			}
		}
		return new Lexicon(name, kept, extended.settings);
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
				String[] head = line.split("\\s+", 2);
				String kind = head[0].toLowerCase(Locale.ROOT);
				switch (kind) {
				case "set" -> {
					String[] nv = head[1].strip().split("\\s+");
					set.put(nv[0], Double.parseDouble(nv[1]));
				}
				case "trap" -> all.add(entry(Cue.Kind.TRAP, "0 " + head[1]));
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
		String[] parts = rest.split("\\s+\\|\\s+");
		String[] weightAndPhrase = parts[0].strip().split("\\s+", 2);
		if (weightAndPhrase.length < 2) {
			throw new IllegalArgumentException("expected WEIGHT PHRASE");
		}
		double weight = Double.parseDouble(weightAndPhrase[0]);
		Set<String> groups = new LinkedHashSet<>();
		Set<String> needs = new LinkedHashSet<>();
		for (int i = 1; i < parts.length; i++) {
			String[] option = parts[i].strip().split("=", 2);
			if (option.length < 2) {
				throw new IllegalArgumentException("expected option=value, got " + parts[i]);
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
		return new Cue(kind, weight, weightAndPhrase[1], groups, needs);
	}

	/**
	 * How matches are weighed. A match's contribution is its cue weight times the factor of where it
	 * stands (title, lead, rest of the body), divided by how many times the same cue matched before
	 * (repetition helps, with diminishing returns). When nothing matched in the title or the lead the
	 * sum is multiplied by {@code passing_factor}: a topic word further down is a mention in passing.
	 * The score is {@code 1 - 2^(-sum / mass)}, so a sum equal to {@code mass} scores 0.5.
	 *
	 * @param titleFactor   {@code title_factor}: weight of a match in the title
	 * @param leadFactor    {@code lead_factor}: weight of a match in the lead of the body
	 * @param leadChars     {@code lead_chars}: how many body characters count as the lead
	 * @param passingFactor {@code passing_factor}: multiplier when no match is in title or lead
	 * @param mass          {@code mass}: the sum that scores 0.5
	 * @param maxEvidence   {@code max_evidence}: how many phrases a decision reports at most
	 */
	public record Settings(double titleFactor, double leadFactor, int leadChars, double passingFactor,
		double mass, int maxEvidence) {
		public static final Settings DEFAULTS = new Settings(2.5, 1.5, 200, 0.5, 6.0, 8);

		public Settings {
			if (mass <= 0) {
				throw new IllegalArgumentException("mass must be positive");
			}
		}

		Settings with(Map<String, Double> values) {
			Settings s = this;
			for (var e : values.entrySet()) {
				double v = e.getValue();
				s = switch (e.getKey()) {
				case "title_factor" -> new Settings(v, s.leadFactor, s.leadChars, s.passingFactor, s.mass, s.maxEvidence);
				case "lead_factor" -> new Settings(s.titleFactor, v, s.leadChars, s.passingFactor, s.mass, s.maxEvidence);
				case "lead_chars" -> new Settings(s.titleFactor, s.leadFactor, (int) v, s.passingFactor, s.mass, s.maxEvidence);
				case "passing_factor" -> new Settings(s.titleFactor, s.leadFactor, s.leadChars, v, s.mass, s.maxEvidence);
				case "mass" -> new Settings(s.titleFactor, s.leadFactor, s.leadChars, s.passingFactor, v, s.maxEvidence);
				case "max_evidence" -> new Settings(s.titleFactor, s.leadFactor, s.leadChars, s.passingFactor, s.mass, (int) v);
				default -> throw new IllegalArgumentException("unknown setting " + e.getKey());
				};
			}
			return s;
		}
	}
}
