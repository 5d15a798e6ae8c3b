package org.newsradar.ingest.html;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.newsradar.api.json.Json;

/** The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting} …). */
final class JsonLd {
	private JsonLd() {
	}

	/** @return the first article-typed object in the JSON-LD scripts (also inside {@code @graph}), or an empty map */
	static Map<String, Object> article(List<Element> elements) {
		for (Element script : elements) {
			if (!script.normalName().equals("script")) {
				continue;
			}
			Map<String, Object> found = find(parsed(script.data()));
			if (found != null) {
				return found;
			}
		}
		return Map.of();
	}

	/** @return the script's JSON, or null: a broken JSON-LD block must not cost the page */
	private static Object parsed(String script) {
		try {
			return Json.parse(script.strip());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> find(Object node) {
		if (node instanceof List<?> list) {
			for (Object o : list) {
				Map<String, Object> f = find(o);
				if (f != null) {
					return f;
				}
			}
		} else if (node instanceof Map<?, ?> map) {
			Object type = map.get("@type");
			if (type != null && isArticle(String.valueOf(type))) {
				return (Map<String, Object>) map;
			}
			return find(map.get("@graph"));
		}
		return null;
	}

	/** @return true for a type (or the text of a list of types) naming an article: NewsArticle, BlogPosting, Report … */
	private static boolean isArticle(String type) {
		return type.contains("Article") || type.contains("BlogPosting") || type.contains("Report");
	}

	/** @return a plain string value, or null */
	static String text(Object value) {
		return value instanceof String s && !s.isBlank() ? s.strip() : null;
	}

	/** @return the name of a person or organisation given as a string, an object or a list of them */
	static String name(Object value) {
		if (value instanceof String s) {
			return text(s);
		}
		if (value instanceof Map<?, ?> m) {
			return text(m.get("name"));
		}
		if (value instanceof List<?> l && !l.isEmpty()) {
			return name(l.get(0));
		}
		return null;
	}
}
