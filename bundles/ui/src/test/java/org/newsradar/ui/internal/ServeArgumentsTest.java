package org.newsradar.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServeArgumentsTest {
	@Test
	void severalFoldersAndFeedsMayFollowOneWatch() {
		ServeArguments a = ServeArguments.parse(List.of("--watch", "inbox", "https://news.example.kr/rss", "--out", "out"));
		assertEquals(List.of("inbox", "https://news.example.kr/rss"), a.watches());
		assertEquals(Path.of("out"), a.out());
	}

	@Test
	void argumentsOutsideOptionsAreReadOnce() {
		ServeArguments a = ServeArguments.parse(List.of("pages/", "--port", "9000"));
		assertEquals(List.of("pages/"), a.inputs());
		assertEquals(9000, a.port());
	}

	@Test
	void aPortOutOfRangeIsAUsageError() {
		assertThrows(IllegalArgumentException.class, () -> ServeArguments.parse(List.of("--port", "70000")));
	}

	@Test
	void anOptionWithoutItsValueIsAUsageError() {
		assertThrows(IllegalArgumentException.class, () -> ServeArguments.parse(List.of("--out", "--watch", "inbox")));
	}
}
