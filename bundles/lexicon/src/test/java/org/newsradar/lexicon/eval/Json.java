package org.newsradar.lexicon.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON to read gold files in tests: objects, arrays, strings, numbers, literals. */
final class Json {
	private final String s;
	private int i;

	private Json(String s) {
		this.s = s;
	}

	static Object parse(String text) {
		Json p = new Json(text);
		Object v = p.value();
		p.space();
		if (p.i != p.s.length()) {
			throw new IllegalArgumentException("trailing text at " + p.i);
		}
		return v;
	}

	private Object value() {
		space();
		char c = s.charAt(i);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
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
				continue;
			}
			expect('}');
			return m;
		}
	}

	private List<Object> array() {
		List<Object> a = new ArrayList<>();
		i++;
		space();
		if (s.charAt(i) == ']') {
			i++;
			return a;
		}
		while (true) {
			a.add(value());
			space();
			if (s.charAt(i) == ',') {
				i++;
				continue;
			}
			expect(']');
			return a;
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

	private Object number() {
		int start = i;
		while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
		return Double.parseDouble(s.substring(start, i));
	}

	private Object literal(String word, Object value) {
		if (!s.startsWith(word, i)) {
			throw new IllegalArgumentException("expected " + word + " at " + i);
		}
		i += word.length();
		return value;
	}

	private void expect(char c) {
		if (s.charAt(i) != c) {
			throw new IllegalArgumentException("expected " + c + " at " + i);
		}
		i++;
	}

	private void space() {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
	}
}
