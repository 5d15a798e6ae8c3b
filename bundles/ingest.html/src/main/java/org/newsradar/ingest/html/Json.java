package org.newsradar.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, forgiving JSON reader for the JSON-LD blocks of news pages: objects become maps, arrays
 * lists, everything else strings (numbers and literals as written). Malformed input yields
 * {@code null} rather than an exception, since a broken JSON-LD block must not cost the page.
 */
final class Json {
	private final String s;
	private int i;

	private Json(String s) {
		this.s = s;
	}

	/** @return the parsed value, or null when the text is not JSON */
	static Object parse(String text) {
		Json p = new Json(text);
		try {
			Object v = p.value();
			p.space();
			return v;
		} catch (RuntimeException e) {
			return null; // IndexOutOfBounds or IllegalState from malformed text: no JSON-LD then
		}
	}

	private Object value() {
		space();
		char c = s.charAt(i);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			int start = i;
			while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
				i++;
			}
			if (start == i) {
				throw new IllegalStateException("unexpected " + c);
			}
			return s.substring(start, i);
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> m = new LinkedHashMap<>();
		i++;
		space();
		if (s.charAt(i) == '}') {
			i++;
			return m;
		}
		while (true) {
			space();
			String k = string();
			space();
			expect(':');
			m.put(k, value());
			space();
			if (s.charAt(i) == ',') {
				i++;
			} else {
				expect('}');
				return m;
			}
		}
	}

	private List<Object> array() {
		List<Object> l = new ArrayList<>();
		i++;
		space();
		if (s.charAt(i) == ']') {
			i++;
			return l;
		}
		while (true) {
			l.add(value());
			space();
			if (s.charAt(i) == ',') {
				i++;
			} else {
				expect(']');
				return l;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder b = new StringBuilder();
		while (true) {
			char c = s.charAt(i++);
			if (c == '"') {
				return b.toString();
			}
			if (c != '\\') {
				b.append(c);
				continue;
			}
			char e = s.charAt(i++);
			switch (e) {
			case 'n' -> b.append('\n');
			case 't' -> b.append('\t');
			case 'r' -> b.append('\r');
			case 'b' -> b.append('\b');
			case 'f' -> b.append('\f');
			case 'u' -> {
				b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
				i += 4;
			}
			default -> b.append(e);
			}
		}
	}

	private void expect(char c) {
		if (s.charAt(i) != c) {
			throw new IllegalStateException("expected " + c + " at " + i);
		}
		i++;
	}

	private void space() {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
	}
}
