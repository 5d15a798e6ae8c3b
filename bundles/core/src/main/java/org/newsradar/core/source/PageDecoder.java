package org.newsradar.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;

/**
 * Turns a page's bytes into NFC text. Order of trust: a byte-order mark, then a charset the bytes
 * actually decode with among those declared (HTTP header, {@code <meta charset>}, {@code http-equiv},
 * XML declaration), then strict UTF-8, then strict CP949 (the superset of EUC-KR that Korean sites
 * really use), then windows-1252 for Western pages with a few accented letters. A declared charset
 * that does not fit the bytes is ignored rather than trusted, so a page never comes out as mojibake;
 * a Western single-byte declaration loses to bytes that are valid UTF-8.
 * <p>
 * Refused, with the reason: empty files, binary files (NUL bytes), files that end in the middle of a
 * multi-byte character (truncated), and bytes no candidate decodes.
 */
public final class PageDecoder {
	private static final Charset CP949 = Charset.forName("x-windows-949");
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
		Pattern.CASE_INSENSITIVE);
	private static final Pattern XML_DECLARED = Pattern.compile("<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)",
		Pattern.CASE_INSENSITIVE);
	private static final Set<String> KOREAN_NAMES = Set.of("euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "cp949",
		"ms949", "uhc", "windows-949", "x-windows-949");
	/** Single-byte Western charsets: every byte sequence "decodes", so they are trusted least. */
	private static final Set<Charset> WESTERN = Set.of(StandardCharsets.ISO_8859_1, WINDOWS_1252, StandardCharsets.US_ASCII);
	/** How far into a page a charset declaration is looked for (big inline scripts push it down). */
	private static final int SNIFF = 16384;
	/** Western text has a few accented letters, not the byte soup of a binary or a mis-detected page. */
	private static final double MAX_WESTERN_HIGH_BYTES = 0.05;

	private PageDecoder() {
	}

	public static Page decode(RawPage raw) throws IngestException {
		byte[] b = raw.bytes();
		if (b.length == 0) {
			throw new IngestException("empty file");
		}
		Charset bom = bomCharset(b);
		if (bom != null) {
			int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
			Decoded text = strict(bom, b, skip, b.length);
			if (text == null) {
				throw new IngestException(truncated(b, bom, skip) ? truncatedMessage(bom)
					: "bytes after the " + bom.name() + " byte-order mark are not valid " + bom.name());
			}
			return page(raw, bom, text);
		}
		String head = head(b);
		if (looksBinary(head)) {
			throw new IngestException("binary content (NUL bytes), not a text or HTML page");
		}
		Decoded utf8 = null;
		boolean utf8Tried = false;
		for (Charset declared : new Charset[] { declared(raw.contentType()), declared(head), xmlDeclared(head) }) {
			if (declared == null) {
				continue;
			}
			if (WESTERN.contains(declared) && !utf8Tried) {
				utf8 = strict(StandardCharsets.UTF_8, b, 0, b.length);
				utf8Tried = true;
				if (utf8 != null && hasHighBytes(b)) {
					return page(raw, StandardCharsets.UTF_8, utf8); // UTF-8 served under a Latin-1 label
				}
			}
			Decoded text = strict(declared, b, 0, b.length);
			if (text != null) {
				return page(raw, declared, text);
			}
		}
		if (!utf8Tried) {
			utf8 = strict(StandardCharsets.UTF_8, b, 0, b.length);
		}
		if (utf8 != null) {
			return page(raw, StandardCharsets.UTF_8, utf8);
		}
		if (truncated(b, StandardCharsets.UTF_8, 0)) {
			throw new IngestException(truncatedMessage(StandardCharsets.UTF_8));
		}
		Decoded cp949 = strict(CP949, b, 0, b.length);
		if (cp949 != null) {
			return page(raw, CP949, cp949);
		}
		if (truncated(b, CP949, 0)) {
			throw new IngestException(truncatedMessage(CP949));
		}
		if (highByteShare(b) <= MAX_WESTERN_HIGH_BYTES) {
			Decoded western = strict(WINDOWS_1252, b, 0, b.length);
			if (western != null) {
				return page(raw, WINDOWS_1252, western);
			}
		}
		throw new IngestException("undecodable text: neither UTF-8 nor EUC-KR/CP949"
			+ " (corrupt multi-byte characters, or an undeclared charset)");
	}

	/** Text decoded from the page's bytes, and whether it passed the quick NFC check. */
	private record Decoded(String text, boolean surelyNfc) {
	}

	private static Page page(RawPage raw, Charset cs, Decoded decoded) {
		String text = decoded.text();
		String nfc = decoded.surelyNfc() || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
			: Normalizer.normalize(text, Normalizer.Form.NFC);
		return new Page(raw.source(), raw.contentType(), cs.name(), nfc);
	}

	/**
	 * A quick look that settles most pages: text made only of the characters {@link #surelyNfc(char)}
	 * admits is NFC.
	 */
	private static boolean surelyNfc(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!surelyNfc(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether any text made only of characters like this one is NFC: each is its own NFC form, has
	 * combining class 0 (so nothing gets reordered) and never composes with the character before it.
	 * Latin below the combining marks, general punctuation and currency signs (not the two quads,
	 * which NFC replaces), CJK symbols (not the ideographic tone marks), kana, compatibility jamo, CJK
	 * ideographs, precomposed Hangul syllables, private use and full-width forms qualify. Conjoining
	 * jamo, combining marks and compatibility ideographs send the text to the full check, as does
	 * anything else (rare on these pages).
	 */
	static boolean surelyNfc(char c) {
		return c < '\u0300' || c >= '\uac00' && c <= '\ud7a3' || c >= '\u2002' && c < '\u20d0' || c >= '\u3000' && c < '\u302a'
			|| c >= '\u3030' && c < '\u3099' || c > '\u309a' && c < '\ua66f' || c >= '\ue000' && c < '\uf900'
			|| c >= '\uff00' && c <= '\uffef';
	}

	private static Charset bomCharset(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	/** @return true when the first 8 KB hold a NUL byte (searched in the Latin-1 head: a vectorised search) */
	private static boolean looksBinary(String head) {
		int nul = head.indexOf('\u0000');
		return nul >= 0 && nul < 8192;
	}

	private static boolean hasHighBytes(byte[] b) {
		for (byte x : b) {
			if (x < 0) {
				return true;
			}
		}
		return false;
	}

	private static double highByteShare(byte[] b) {
		int high = 0;
		for (byte x : b) {
			if (x < 0) {
				high++;
			}
		}
		return (double) high / b.length;
	}

	/**
	 * @return true when the bytes (from the offset on) are valid in the charset except for an
	 *         incomplete character at the very end: the file was cut off
	 */
	static boolean truncated(byte[] b, Charset cs, int from) {
		int cut = incompleteTail(b, cs, from);
		return cut > from && strict(cs, b, from, cut) != null;
	}

	/** @return where an incomplete last character starts, or -1 when the last character is complete */
	private static int incompleteTail(byte[] b, Charset cs, int from) {
		if (cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE) {
			return (b.length - from) % 2 == 1 ? b.length - 1 : -1;
		}
		int i = from;
		int last = from;
		while (i < b.length) {
			last = i;
			i += sequenceLength(b[i] & 0xff, cs);
		}
		return i > b.length ? last : -1;
	}

	/** @return how many bytes the character starting with this byte takes (1 for anything unexpected) */
	private static int sequenceLength(int lead, Charset cs) {
		if (cs == CP949) {
			return lead >= 0x81 && lead <= 0xFE ? 2 : 1;
		}
		return lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 1;
	}

	private static String truncatedMessage(Charset cs) {
		return "truncated: the file ends in the middle of a " + (cs == CP949 ? "EUC-KR/CP949" : cs.name()) + " character";
	}

	private static String head(byte[] b) {
		return new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
	}

	/** The charset named in a content type or a page head, mapping EUC-KR to its CP949 superset. */
	static Charset declared(String text) {
		if (text == null) {
			return null;
		}
		// "charset" is searched plainly first: a case-insensitive pattern over kilobytes of head is slow
		int at = indexOfIgnoreCase(text, "charset");
		if (at < 0) {
			return null;
		}
		Matcher m = DECLARED.matcher(text);
		return m.find(at) ? charset(m.group(1)) : null;
	}

	/** @param word lower case; its first letter is searched for in both cases with String.indexOf (vectorised) */
	private static int indexOfIgnoreCase(String text, String word) {
		char lower = word.charAt(0);
		char upper = Character.toUpperCase(lower);
		int nextLower = text.indexOf(lower);
		int nextUpper = text.indexOf(upper);
		while (nextLower >= 0 || nextUpper >= 0) {
			int i = nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper ? nextLower : nextUpper;
			if (i + word.length() > text.length()) {
				return -1;
			}
			if (text.regionMatches(true, i, word, 0, word.length())) {
				return i;
			}
			if (i == nextLower) {
				nextLower = text.indexOf(lower, i + 1);
			} else {
				nextUpper = text.indexOf(upper, i + 1);
			}
		}
		return -1;
	}

	/** The encoding an XML declaration ({@code <?xml version="1.0" encoding="euc-kr"?>}) at the very start names. */
	static Charset xmlDeclared(String head) {
		if (!head.stripLeading().startsWith("<?xml")) {
			return null;
		}
		Matcher m = XML_DECLARED.matcher(head);
		return m.lookingAt() || m.find() ? charset(m.group(1)) : null;
	}

	private static Charset charset(String declaredName) {
		String name = declaredName.toLowerCase(Locale.ROOT);
		if (KOREAN_NAMES.contains(name)) {
			return CP949;
		}
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return null; // a name nobody knows is no declaration
		}
	}

	/** @return the bytes decoded, or null when they are not valid in the charset */
	private static Decoded strict(Charset cs, byte[] b, int from, int to) {
		if (cs == StandardCharsets.UTF_8) {
			return utf8(b, from, to);
		}
		CharsetDecoder dec = cs.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			String text = dec.decode(ByteBuffer.wrap(b, from, to - from)).toString();
			return new Decoded(text, surelyNfc(text));
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/**
	 * Strict UTF-8 (well-formed sequences only: no overlong forms, no surrogates, nothing past
	 * U+10FFFF, no cut-off sequence) in one pass that also makes the quick NFC check. The String
	 * constructor would replace bad bytes, so a second pass would have to look for them, and a third
	 * make the check.
	 *
	 * @return the text, or null when the bytes are not UTF-8
	 */
	private static Decoded utf8(byte[] b, int from, int to) {
		char[] chars = new char[to - from];
		int n = 0;
		boolean nfc = true;
		int i = from;
		while (i < to) {
			int b1 = b[i];
			if (b1 >= 0) {
				chars[n++] = (char) b1;
				i++;
			} else if (b1 >= (byte) 0xE0 && b1 < (byte) 0xF0) { // first: Hangul and CJK take three bytes
				if (i + 2 >= to) {
					return null;
				}
				byte b2 = b[i + 1];
				byte b3 = b[i + 2];
				if (!isContinuation(b2) || !isContinuation(b3) || b1 == (byte) 0xE0 && b2 < (byte) 0xA0 || b1 == (byte) 0xED && b2 >= (byte) 0xA0) {
					return null; // overlong, or a surrogate
				}
				char c = (char) ((b1 & 0x0F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F);
				nfc = nfc && surelyNfc(c);
				chars[n++] = c;
				i += 3;
			} else if (b1 >= (byte) 0xC2 && b1 < (byte) 0xE0) {
				if (i + 1 >= to || !isContinuation(b[i + 1])) {
					return null;
				}
				char c = (char) ((b1 & 0x1F) << 6 | b[i + 1] & 0x3F);
				nfc = nfc && c < '\u0300';
				chars[n++] = c;
				i += 2;
			} else if (b1 >= (byte) 0xF0 && b1 < (byte) 0xF5) {
				if (i + 3 >= to || !isContinuation(b[i + 1]) || !isContinuation(b[i + 2]) || !isContinuation(b[i + 3])
					|| b1 == (byte) 0xF0 && b[i + 1] < (byte) 0x90 || b1 == (byte) 0xF4 && b[i + 1] >= (byte) 0x90) {
					return null; // overlong, or past U+10FFFF
				}
				int cp = (b1 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
				chars[n++] = Character.highSurrogate(cp);
				chars[n++] = Character.lowSurrogate(cp);
				nfc = false; // supplementary characters go to the full check
				i += 4;
			} else {
				return null; // a continuation byte without a lead, or a lead no UTF-8 has
			}
		}
		return new Decoded(new String(chars, 0, n), nfc);
	}

	private static boolean isContinuation(byte x) {
		return (x & 0xC0) == 0x80;
	}
}
