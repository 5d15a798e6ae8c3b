package org.newsradar.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;

/** Bytes in, NFC text out: marks, declarations, sniffing, and the inputs that must be refused. */
class PageDecoderTest {
	private static final Charset EUC_KR = Charset.forName("EUC-KR");
	private static final Charset CP949 = Charset.forName("x-windows-949");
	private static final String ARTICLE = "<html><head>%s<title>항만 물류센터 착공</title></head>"
		+ "<body><p>인천항 배후단지에 스마트물류센터가 들어선다.</p></body></html>";

	private static Page decode(byte[] bytes, String contentType) throws IngestException {
		return PageDecoder.decode(new RawPage("page.html", bytes, contentType));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	private static String refusal(byte[] bytes) {
		return assertThrows(IngestException.class, () -> decode(bytes, null)).getMessage();
	}

	@Test
	void utf8ByteOrderMarkIsDropped() throws Exception {
		Page p = decode(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "제목\n본문".getBytes(StandardCharsets.UTF_8)), null);
		assertEquals("제목\n본문", p.text());
		assertEquals("UTF-8", p.charset());
	}

	@Test
	void utf16ByteOrderMarksChooseTheByteOrder() throws Exception {
		byte[] le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "데이터센터".getBytes(StandardCharsets.UTF_16LE));
		byte[] be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, "데이터센터".getBytes(StandardCharsets.UTF_16BE));
		assertEquals("데이터센터", decode(le, null).text());
		assertEquals("데이터센터", decode(be, null).text());
	}

	@Test
	void metaHttpEquivEucKrIsReadAsCp949() throws Exception {
		String html = String.format(ARTICLE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">");
		Page p = decode(html.getBytes(EUC_KR), null);
		assertEquals(html, p.text());
		assertEquals("x-windows-949", p.charset());
	}

	@Test
	void syllablesOnlyCp949HasSurviveAnEucKrDeclaration() throws Exception {
		// 똠 and 햏 are outside the 2,350 syllables of EUC-KR proper; sites labelled EUC-KR use them anyway
		String html = String.format(ARTICLE, "<meta charset=\"euc-kr\">").replace("물류센터", "똠양꿍 햏");
		assertEquals(html, decode(html.getBytes(CP949), null).text());
	}

	@Test
	void undeclaredEucKrIsRecognisedFromTheBytes() throws Exception {
		String html = String.format(ARTICLE, "");
		Page p = decode(html.getBytes(EUC_KR), null);
		assertEquals(html, p.text());
		assertEquals("x-windows-949", p.charset());
	}

	@Test
	void httpHeaderCharsetIsHonoured() throws Exception {
		String text = "제목\n본문 문장입니다.";
		assertEquals(text, decode(text.getBytes(EUC_KR), "text/plain; charset=EUC-KR").text());
	}

	@Test
	void xmlDeclarationNamesTheEncoding() throws Exception {
		String xml = "<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss><channel><title>지역 소식</title></channel></rss>";
		Page p = decode(xml.getBytes(EUC_KR), null);
		assertEquals(xml, p.text());
		assertEquals("x-windows-949", p.charset());
	}

	@Test
	void declarationTheBytesDoNotFitIsIgnored() throws Exception {
		String html = String.format(ARTICLE, "<meta charset=\"euc-kr\">");
		Page p = decode(html.getBytes(StandardCharsets.UTF_8), null);
		assertEquals(html, p.text());
		assertEquals("UTF-8", p.charset());
	}

	@Test
	void utf8ServedUnderALatin1LabelStaysUtf8() throws Exception {
		String html = String.format(ARTICLE, "<meta charset=\"iso-8859-1\">");
		assertEquals(html, decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1").text());
	}

	@Test
	void undeclaredWesternPageWithAFewAccentsIsRead() throws Exception {
		String html = "<html><body><p>The café on the quay reopened after the storm, the owner said on Monday.</p></body></html>";
		Page p = decode(html.getBytes(Charset.forName("windows-1252")), null);
		assertEquals(html, p.text());
	}

	@Test
	void decomposedHangulComesOutComposed() throws Exception {
		String nfd = Normalizer.normalize("스마트공장 보급", Normalizer.Form.NFD);
		Page p = decode(nfd.getBytes(StandardCharsets.UTF_8), null);
		assertEquals("스마트공장 보급", p.text());
		assertEquals(8, p.text().length(), "seven syllables and a space");
	}

	@Test
	void emptyFileIsRefused() {
		assertEquals("empty file", refusal(new byte[0]));
	}

	@Test
	void binaryFileIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		assertTrue(refusal(png).startsWith("binary content"), refusal(png));
	}

	@Test
	void utf8FileCutInsideACharacterIsRefusedAsTruncated() {
		byte[] whole = "<p>데이터센터 준공</p>\n<p>마이크로소프트".getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(whole, whole.length - 1);
		assertEquals("truncated: the file ends in the middle of a UTF-8 character", refusal(cut));
	}

	@Test
	void eucKrFileCutInsideACharacterIsRefusedAsTruncated() {
		byte[] whole = "<p>데이터센터 준공식이 열렸다".getBytes(EUC_KR);
		byte[] cut = Arrays.copyOf(whole, whole.length - 1);
		assertEquals("truncated: the file ends in the middle of a EUC-KR/CP949 character", refusal(cut));
	}

	@Test
	void bytesNoCharsetFitsAreRefusedAsUndecodable() {
		byte[] soup = new byte[64];
		for (int i = 0; i < soup.length; i++) {
			soup[i] = (byte) (i % 2 == 0 ? 0xFF : 0x22);
		}
		assertTrue(refusal(soup).startsWith("undecodable text"), refusal(soup));
	}

	@Test
	void declaredCharsetFoundPastABigInlineScript() throws Exception {
		String padding = "<script>var config = '" + "x".repeat(6000) + "';</script>";
		String html = String.format(ARTICLE, padding + "<meta charset=\"euc-kr\">").replace("물류센터", "똠");
		assertEquals("x-windows-949", decode(html.getBytes(CP949), null).charset());
	}

	@Test
	void textTheQuickCheckWouldPassIsStillNormalised() throws Exception {
		// an en quad (NFC: en space), and two enclosing marks out of canonical order after a letter
		String text = "제목\n금액\u2000100억 원, 기호 a\u20d0\u20d2 끝";
		for (Charset cs : new Charset[] { StandardCharsets.UTF_8, StandardCharsets.UTF_16 }) {
			Page p = decode(text.getBytes(cs), "text/plain; charset=" + cs.name());
			assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), p.text(), cs.name());
		}
	}

	/**
	 * Every character the quick check admits, in every BMP position, is its own NFC form, combines with
	 * nothing before it and is never reordered: a letter, a conjoining jamo or a syllable before it,
	 * or a combining mark of the lowest class after it, leave the text as it is.
	 */
	@Test
	void quickCheckAdmitsOnlyCharactersThatAreNfcInAnyCompany() {
		int admitted = 0;
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (!PageDecoder.surelyNfc(c)) {
				continue;
			}
			admitted++;
			int type = Character.getType(c);
			String s = String.valueOf(c);
			boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
			boolean nfcEverywhere = Stream.of(s, "a" + s, s + "a", "e" + s, "\u1100" + s, "\uac00" + s, "a" + s + "\u0334")
				.allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC));
			int codePoint = c;
			assertTrue(!mark && nfcEverywhere, () -> String.format("U+%04X", codePoint));
		}
		// Hangul syllables alone are 11,172; ASCII, CJK ideographs and punctuation come on top
		assertTrue(admitted > 40_000, "admitted " + admitted);
	}
}
