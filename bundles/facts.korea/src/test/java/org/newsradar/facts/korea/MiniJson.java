package org.newsradar.facts.korea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON to read the shared gold files (objects, arrays, strings, numbers, literals). */
final class MiniJson {
	private final String s;
	private int i;

	private MiniJson(String s) {
		this.s = s;
	}

	static Object parse(String json) {
		MiniJson p = new MiniJson(json);
		Object v = p.value();
		p.space();
		if (p.i != json.length()) {
			throw p.error("trailing text");
		}
		return v;
	}

	private Object value() {
		space();
		char c = s.charAt(i);
		switch (c) {
			case '{': return object();
			case '[': return array();
			case '"': return string();
			case 't': i += 4; return Boolean.TRUE;
			case 'f': i += 5; return Boolean.FALSE;
			case 'n': i += 4; return null;
			default: return number();
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
			String key = string();
			space();
			expect(':');
			m.put(key, value());
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
			} else {
				expect(']');
				return a;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (true) {
			char c = s.charAt(i++);
			if (c == '"') {
				return sb.toString();
			}
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			char e = s.charAt(i++);
			switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
					i += 4;
				}
				default -> sb.append(e);
			}
		}
	}

	private Object number() {
		int start = i;
		while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
		String n = s.substring(start, i);
		if (n.isEmpty()) {
			throw error("unexpected character");
		}
		return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
	}

	private void space() {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
	}

	private void expect(char c) {
		if (s.charAt(i) != c) {
			throw error("expected " + c);
		}
		i++;
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at " + i);
	}
}
