package org.newsradar.api.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON: {@link #quote} writes a string literal, {@link #write} any value made of maps,
 * lists, strings, numbers, booleans and null, and {@link #parse} reads one document into the same
 * shapes ({@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Long} or
 * {@code Double}, {@code Boolean}, {@code null}).
 */
public final class Json {
	private Json() {
	}

	/** Appends a JSON string literal; non-ASCII characters are written as they are (UTF-8 output). */
	public static void quote(CharSequence s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/** Appends any value made of maps, iterables, strings, numbers, booleans and null. */
	public static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof CharSequence s) {
			quote(s, out);
		} else if (value instanceof Double d) {
			out.append(d.isNaN() || d.isInfinite() ? "null" : (d == Math.rint(d) && Math.abs(d) < 1e15
				? Long.toString(d.longValue()) + ".0" : d.toString()));
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> m) {
			out.append('{');
			boolean first = true;
			for (var e : m.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(String.valueOf(e.getKey()), out);
				out.append(':');
				write(e.getValue(), out);
			}
			out.append('}');
		} else if (value instanceof Iterable<?> it) {
			out.append('[');
			boolean first = true;
			for (Object o : it) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(o, out);
			}
			out.append(']');
		} else {
			quote(value.toString(), out);
		}
	}

	/** @return the value as one JSON document */
	public static String toJson(Object value) {
		StringBuilder sb = new StringBuilder();
		write(value, sb);
		return sb.toString();
	}

	/**
	 * Parses one JSON document.
	 *
	 * @throws IllegalArgumentException naming the offset of the first syntax error
	 */
	public static Object parse(String text) {
		Parser p = new Parser(text);
		p.space();
		Object v = p.value();
		p.space();
		if (p.i != text.length()) {
			throw p.error("trailing characters");
		}
		return v;
	}

	private static final class Parser {
		private final String s;
		private int i;

		Parser(String s) {
			this.s = s;
		}

		IllegalArgumentException error(String what) {
			return new IllegalArgumentException("invalid JSON at offset " + i + ": " + what);
		}

		void space() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
		}

		Object value() {
			if (i >= s.length()) {
				throw error("unexpected end");
			}
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

		private Object literal(String word, Object v) {
			if (!s.startsWith(word, i)) {
				throw error("expected " + word);
			}
			i += word.length();
			return v;
		}

		private Map<String, Object> object() {
			Map<String, Object> m = new LinkedHashMap<>();
			i++;
			space();
			if (peek('}')) {
				i++;
				return m;
			}
			while (true) {
				space();
				if (!peek('"')) {
					throw error("expected a key");
				}
				String k = string();
				space();
				expect(':');
				space();
				m.put(k, value());
				space();
				if (peek(',')) {
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
			if (peek(']')) {
				i++;
				return l;
			}
			while (true) {
				space();
				l.add(value());
				space();
				if (peek(',')) {
					i++;
				} else {
					expect(']');
					return l;
				}
			}
		}

		private String string() {
			StringBuilder sb = new StringBuilder();
			i++;
			while (i < s.length()) {
				char c = s.charAt(i++);
				if (c == '"') {
					return sb.toString();
				}
				if (c != '\\') {
					sb.append(c);
					continue;
				}
				if (i >= s.length()) {
					break;
				}
				char e = s.charAt(i++);
				switch (e) {
					case 'n' -> sb.append('\n');
					case 't' -> sb.append('\t');
					case 'r' -> sb.append('\r');
					case 'b' -> sb.append('\b');
					case 'f' -> sb.append('\f');
					case 'u' -> {
						if (i + 4 > s.length()) {
							throw error("short \\u escape");
						}
						sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
						i += 4;
					}
					default -> sb.append(e);
				}
			}
			throw error("unterminated string");
		}

		private Number number() {
			int start = i;
			while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
				i++;
			}
			String n = s.substring(start, i);
			if (n.isEmpty()) {
				throw error("unexpected character '" + s.charAt(i) + "'");
			}
			try {
				if (n.contains(".") || n.contains("e") || n.contains("E")) {
					return Double.valueOf(n);
				}
				return Long.valueOf(n);
			} catch (NumberFormatException e) {
				throw error("bad number " + n);
			}
		}

		private boolean peek(char c) {
			return i < s.length() && s.charAt(i) == c;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw error("expected '" + c + "'");
			}
			i++;
		}
	}
}
