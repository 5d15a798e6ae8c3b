package org.newsradar.itest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** News pages composed from the story templates in {@code fixtures/stream-stories.txt}. */
final class ComposedPages {
	/** The word the swap-in classifier accepts for data_center. */
	static final String MARKER = "SWAPMARK";

	/** A story template: a headline and its paragraphs. */
	record Template(String title, List<String> paragraphs) {
	}

	private ComposedPages() {
	}

	static List<Template> templates() {
		String text;
		try (InputStream in = ComposedPages.class.getResourceAsStream("/fixtures/stream-stories.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Template> templates = new ArrayList<>();
		for (String block : text.replaceAll("(?m)^#.*\\n", "").split("\\n===\\n")) {
			List<String> lines = block.strip().lines().toList();
			templates.add(new Template(lines.get(0), lines.subList(1, lines.size())));
		}
		return templates;
	}

	/** @return a text page in the shape of a saved news site page, with the marker sentence when asked */
	static String page(Template t, int n, boolean marked) {
		StringBuilder page = new StringBuilder("누리일보\n홈 | 경제 | 사회 | 지역\n\n");
		page.append(t.title()).append("\n\n");
		page.append(String.format(Locale.ROOT, "입력 2025.05.%02d 09:%02d%n", 1 + n % 28, n % 60));
		page.append("김누리 기자\n\n");
		for (String p : t.paragraphs()) {
			page.append(p).append("\n\n");
		}
		if (marked) {
			page.append("이 기사에는 시험용 표시 ").append(MARKER).append(" 가 들어 있으니 참고하기 바란다.\n\n");
		}
		page.append("Copyright ⓒ 누리일보. All rights reserved.\n");
		return page.toString();
	}

	/**
	 * Writes {@code count} one-story pages into {@code dir}: page {@code n} uses template
	 * {@code n % templates}, and every other round through the templates is marked.
	 *
	 * @return by page number, whether the page tells the data_center classifiers apart: marked, and
	 *         not from the first template (the one about a data center, which both accept)
	 */
	static boolean[] writeStream(Path dir, int count) throws IOException {
		List<Template> templates = templates();
		boolean[] telling = new boolean[count];
		for (int n = 0; n < count; n++) {
			boolean marked = (n / templates.size()) % 2 == 1;
			telling[n] = marked && n % templates.size() != 0;
			Files.writeString(dir.resolve(fileName(n)), page(templates.get(n % templates.size()), n, marked),
				StandardCharsets.UTF_8);
		}
		return telling;
	}

	static String fileName(int n) {
		return String.format(Locale.ROOT, "page-%05d.txt", n);
	}
}
