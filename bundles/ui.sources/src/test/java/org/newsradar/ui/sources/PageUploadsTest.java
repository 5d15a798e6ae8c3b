package org.newsradar.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageUploadsTest {
	@Test
	void pathSegmentsOfTheSentNameAreDropped() {
		assertEquals("passwd.txt", PageUploads.safeName("../../etc/passwd.txt"));
		assertEquals("기사.html", PageUploads.safeName("C:\\Users\\기자\\기사.html"));
	}

	@Test
	void hiddenAndOddCharactersBecomeHarmless() {
		assertEquals("page.htm", PageUploads.safeName("..htm"));
		assertEquals("a_b_c_.txt", PageUploads.safeName("a b<c>.txt"));
	}

	@Test
	void onlyPageExtensionsAreAccepted() {
		assertNull(PageUploads.safeName("classifier.jar"));
		assertNull(PageUploads.safeName("noextension"));
	}

	@Test
	void savedPagesStayInTheFolder(@TempDir Path dir) throws Exception {
		Path saved = new PageUploads(dir).save(PageUploads.safeName("../x.html"), new byte[] {1});
		assertTrue(saved.startsWith(dir));
	}
}
