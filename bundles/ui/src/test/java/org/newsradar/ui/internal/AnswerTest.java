package org.newsradar.ui.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnswerTest {
	@Test
	void redirectsStayInsideTheWorkbench() {
		assertThrows(IllegalArgumentException.class, () -> new Answer().redirect("//evil.example/", null));
		assertThrows(IllegalArgumentException.class, () -> new Answer().redirect("https://evil.example/", null));
		assertThrows(IllegalArgumentException.class, () -> new Answer().redirect("/\\evil.example", null));
	}

	@Test
	void aViewAnswersOnce() {
		Answer a = new Answer();
		a.redirect("/stories", null);
		assertThrows(IllegalStateException.class, () -> a.error(500, "again"));
	}
}
