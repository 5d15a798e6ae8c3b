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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;

/**
 * Turns a page's bytes into NFC text. Order of trust: a byte-order mark, then a charset the
 * bytes actually decode with among those declared (HTTP header, {@code <meta charset>} or
 * {@code http-equiv}), then strict UTF-8, then strict CP949 (the superset of EUC-KR that Korean
 * sites really use). A declared charset that does not fit the bytes is ignored rather than
 * trusted, so a page never comes out as mojibake.
 */
public final class PageDecoder {
	private static final Charset CP949 = Charset.forName("x-windows-949");
	private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
		Pattern.CASE_INSENSITIVE);
	private static final int SNIFF = 4096;

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
			String text = strict(bom, b, skip).orElseThrow(() -> new IngestException(
				"bytes after the " + bom.name() + " byte-order mark are not valid " + bom.name()));
			return page(raw, bom, text);
		}
		if (looksBinary(b)) {
			throw new IngestException("binary content (NUL bytes), not a text or HTML page");
		}
		for (Charset declared : new Charset[] { declared(raw.contentType()), declared(head(b)) }) {
			if (declared != null) {
				var text = strict(declared, b, 0);
				if (text.isPresent()) {
					return page(raw, declared, text.get());
				}
			}
		}
		var utf8 = strict(StandardCharsets.UTF_8, b, 0);
		if (utf8.isPresent()) {
			return page(raw, StandardCharsets.UTF_8, utf8.get());
		}
		var cp949 = strict(CP949, b, 0);
		if (cp949.isPresent()) {
			return page(raw, CP949, cp949.get());
		}
		throw new IngestException("undecodable text: neither UTF-8 nor EUC-KR/CP949"
			+ " (truncated or corrupt multi-byte characters)");
	}

	private static Page page(RawPage raw, Charset cs, String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return new Page(raw.source(), raw.contentType(), cs.name(), nfc);
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

	private static boolean looksBinary(byte[] b) {
		int n = Math.min(b.length, 8192);
		for (int i = 0; i < n; i++) {
			if (b[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static String head(byte[] b) {
		return new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
	}

	/** The charset named in a content type or a page head, mapping EUC-KR to its CP949 superset. */
	static Charset declared(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = DECLARED.matcher(text);
		if (!m.find()) {
			return null;
		}
		String name = m.group(1).toLowerCase(Locale.ROOT);
		if (name.equals("euc-kr") || name.equals("euckr") || name.equals("ks_c_5601-1987") || name.equals("cp949")
			|| name.equals("ms949") || name.equals("uhc")) {
			return CP949;
		}
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return null;
		}
	}

	private static java.util.Optional<String> strict(Charset cs, byte[] b, int offset) {
		CharsetDecoder dec = cs.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return java.util.Optional.of(dec.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString());
		} catch (CharacterCodingException e) {
			return java.util.Optional.empty();
		}
	}
}
