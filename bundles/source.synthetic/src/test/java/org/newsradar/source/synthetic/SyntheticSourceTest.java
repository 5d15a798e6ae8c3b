package org.newsradar.source.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.model.RawPage;

class SyntheticSourceTest {
	private final SyntheticSource source = new SyntheticSource();

	private List<RawPage> pages(String input) {
		List<RawPage> pages = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		source.open(input, new PageSink() {
			@Override
			public void page(RawPage page) {
				pages.add(page);
			}

			@Override
			public void failed(String s, String reason) {
				failures.add(s + ": " + reason);
			}

			@Override
			public void skipped(String s) {
				failures.add("skipped " + s);
			}
		});
		assertEquals(List.of(), failures);
		return pages;
	}

	@Test
	void yieldsTheRequestedNumberOfPagesNamedInOrder() {
		List<RawPage> pages = pages("synthetic:50:3");
		assertEquals(50, pages.size());
		assertTrue(pages.get(7).source().startsWith("synthetic:50:3/0000007."), pages.get(7).source());
	}

	@Test
	void theSameInputGivesTheSameBytes() {
		List<RawPage> a = pages("synthetic:20:9");
		List<RawPage> b = pages("synthetic:20:9");
		for (int i = 0; i < a.size(); i++) {
			assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), a.get(i).source());
		}
	}

	@Test
	void anotherSeedGivesOtherPages() {
		assertFalse(new String(pages("synthetic:1:1").get(0).bytes(), StandardCharsets.ISO_8859_1)
			.equals(new String(pages("synthetic:1:2").get(0).bytes(), StandardCharsets.ISO_8859_1)));
	}

	@Test
	void pagesComeInEveryShapeWithEveryPlaceholderFilled() {
		Set<String> shapes = new TreeSet<>();
		for (RawPage p : pages("synthetic:400:1")) {
			String head = new String(p.bytes(), 0, Math.min(200, p.bytes().length), StandardCharsets.ISO_8859_1);
			boolean eucKr = head.contains("charset=\"euc-kr\"");
			String text = new String(p.bytes(), eucKr ? Charset.forName("x-windows-949") : StandardCharsets.UTF_8);
			assertFalse(text.matches("(?s).*\\{[a-z0-9]+(\\|[가-힣])?}.*"), () -> p.source() + " has an unfilled placeholder:\n" + text);
			shapes.add((text.contains("◆") ? "digest " : "") + (p.source().endsWith(".html") ? "html" : "text")
				+ (eucKr ? " euc-kr" : ""));
		}
		assertEquals(Set.of("digest html", "digest text", "html", "html euc-kr", "text"), shapes);
	}

	@Test
	void particlesFollowTheLastSyllable() {
		Map<String, String> values = Map.of("a", "세움정밀", "b", "누리데이터", "c", "청솔은행");
		assertEquals("세움정밀이 누리데이터가 청솔은행은 세움정밀과 누리데이터를",
			PageComposer.fill("{a|가} {b|가} {c|는} {a|와} {b|를}", values));
	}

	@Test
	void aMalformedInputIsReportedNotThrown() {
		List<String> failures = new ArrayList<>();
		source.open("synthetic:many", new PageSink() {
			@Override
			public void page(RawPage page) {
			}

			@Override
			public void failed(String s, String reason) {
				failures.add(reason);
			}

			@Override
			public void skipped(String s) {
			}
		});
		assertEquals(1, failures.size());
	}
}
