package org.newsradar.classifier.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TopicCommandsTest {
	private static String asReadByThePlainShell(String typed) {
		return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	@Test
	void koreanTypedAtThePlainGogoPromptIsDecodedAgain() {
		assertEquals("반도체 공장,웨이퍼", TopicCommands.asTyped(asReadByThePlainShell("반도체 공장,웨이퍼")));
	}

	@Test
	void properlyDecodedKoreanIsLeftAsItIs() {
		assertEquals("반도체 공장", TopicCommands.asTyped("반도체 공장"));
	}

	@Test
	void latinTextThatIsNotUtf8BytesIsLeftAsItIs() {
		assertEquals("café", TopicCommands.asTyped("café"));
	}
}
