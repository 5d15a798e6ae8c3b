package org.newsradar.facts.korea;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.json.Json;

/**
 * The labelled stories of {@code ../shared} (seeds and dev), each cut out of its page the way
 * {@code score.py} does it: the page's visible text, squashed, from {@code body_start} to
 * {@code body_end} (to its last occurrence, since some pages print the article twice and the
 * labels count facts from both copies).
 */
final class GoldSet {

	record GoldStory(String file, String title, String body, Set<String> regions, Set<String> amounts,
		Set<String> jobs) {
	}

	private static final Pattern SKIPPED = Pattern.compile("(?is)<(script|style|noscript)\\b.*?</\\1\\s*>|<!--.*?-->");
	private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|li|tr|h[1-6]|article|section|header|footer"
		+ "|nav|aside|ul|ol|table|title|blockquote)\\b[^>]*>");
	private static final Pattern TAG = Pattern.compile("<[^>]*>");
	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos|nbsp|middot|hellip|lsquo|rsquo|ldquo|rdquo);");

	private GoldSet() {
	}

	/** @return the shared folder next to the project, or {@code null} when this clone has none */
	static Path sharedFolder() {
		Path basedir = Path.of(System.getProperty("basedir", "."));
		Path shared = basedir.resolve("../../../shared").normalize();
		return Files.isDirectory(shared) ? shared : null;
	}

	static List<GoldStory> read(Path shared) throws IOException {
		List<GoldStory> out = new ArrayList<>();
		for (String set : List.of("seeds", "dev")) {
			Path dir = shared.resolve(set);
			for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
				if (!line.isBlank()) {
					readPage(dir, asMap(Json.parse(line)), out);
				}
			}
		}
		return out;
	}

	private static void readPage(Path dir, Map<String, Object> page, List<GoldStory> out) throws IOException {
		String file = (String) page.get("file");
		String encoding = page.get("encoding") == null ? "UTF-8" : (String) page.get("encoding");
		String raw = new String(Files.readAllBytes(dir.resolve(file)), Charset.forName(encoding));
		String text = squash("html".equals(page.get("format")) ? visibleText(raw) : raw);
		for (Object o : (List<?>) page.get("stories")) {
			Map<String, Object> st = asMap(o);
			String start = squash((String) st.get("body_start"));
			String end = squash((String) st.get("body_end"));
			int a = text.indexOf(start);
			int b = a < 0 ? -1 : text.lastIndexOf(end);
			String body = a < 0 || b < a ? "" : text.substring(a, b + end.length());
			out.add(new GoldStory(file, (String) st.get("title"), body, strings(st.get("regions")),
				strings(st.get("amounts_krw")), strings(st.get("jobs"))));
		}
	}

	private static String visibleText(String html) {
		String s = SKIPPED.matcher(html).replaceAll(" ");
		s = BLOCK.matcher(s).replaceAll("\n");
		s = TAG.matcher(s).replaceAll("");
		Matcher m = ENTITY.matcher(s);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1))));
		}
		return m.appendTail(sb).toString();
	}

	private static String entity(String name) {
		return switch (name) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			case "middot" -> "·";
			case "hellip" -> "…";
			case "lsquo" -> "‘";
			case "rsquo" -> "’";
			case "ldquo" -> "“";
			case "rdquo" -> "”";
			default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
				: Character.toString(Integer.parseInt(name.substring(1)));
		};
	}

	static String squash(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ").strip();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object o) {
		return (Map<String, Object>) o;
	}

	private static Set<String> strings(Object list) {
		Set<String> out = new LinkedHashSet<>();
		if (list != null) {
			for (Object o : (List<?>) list) {
				out.add(String.valueOf(o));
			}
		}
		return out;
	}
}
