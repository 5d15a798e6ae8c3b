package org.newsradar.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Page#isHtml()}: what a page's media type and first kilobyte say. */
class PageTest {
	private static Page page(String text) {
		return new Page("page", null, "UTF-8", text);
	}

	/** The plain definition: the first kilobyte, leading white space stripped, lower-cased. */
	private static boolean looksLikeHtml(String text) {
		String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
		return head.startsWith("<!doctype html") || head.contains("<html") || head.startsWith("<head")
			|| head.startsWith("<body") || head.startsWith("<meta");
	}

	@Test
	void markupOpeningThePageInAnyCase() {
		assertTrue(page("\n\t <!DOCTYPE HTML><title>지역 소식</title>").isHtml());
		assertTrue(page("<Meta charset=\"euc-kr\"><p>본문</p>").isHtml());
		assertTrue(page("저장한 페이지\n<HtMl lang=\"ko\">").isHtml());
		assertFalse(page("<p>문단만 있는 조각</p>").isHtml());
		assertFalse(page("제목\n\n본문에 <html 이라는 글자가 1킬로바이트 뒤에 온다".replace("<html", " ".repeat(1024) + "<html")).isHtml());
		assertTrue(new Page("page", "Text/HTML; charset=UTF-8", "UTF-8", "제목만").isHtml());
	}

	@Test
	void anOpeningCutByTheFirstKilobyteDoesNotCount() {
		for (int at = 1015; at <= 1024; at++) {
			String text = "x".repeat(at) + "<html>";
			assertEquals(at + 5 <= 1024, page(text).isHtml(), "at " + at);
			assertEquals(looksLikeHtml(text), page(text).isHtml(), "at " + at);
		}
	}

	@Test
	void agreesWithThePlainDefinitionOnMixedText() {
		// case, white space of every kind, characters whose case mapping leaves ASCII or changes length
		String[] pieces = { " ", "\t", "\n", "\u00a0", "\u3000", "<", "html", "HTML", "<!DOCTYPE html", "<!doctype", "<meta",
			"<BODY", "<head", "\u0130", "\u212a", "\u017f", "가", "x", ">" };
		Random random = new Random(42);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(n % 10 == 0 ? 700 : 12);
			for (int i = 0; i < length; i++) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String t = text.toString();
			assertEquals(looksLikeHtml(t), page(t).isHtml(), t);
		}
	}
}
