package org.newsradar.source.synthetic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composes one news page from the fixtures: articles about data centers, smart factories, CSR
 * events or unrelated local news, each assembled from a headline, a lead, body paragraphs and a
 * closing quote (or, for unrelated news, one of a few whole stories), filled with a place, company, amount, date; wrapped in site noise (menus,
 * headline lists, footers) as a UTF-8 or EUC-KR HTML page, a plain-text dump, or a ◆ digest of
 * several short stories. The same page number and seed always give the same bytes.
 */
final class PageComposer {
	static final List<String> TOPICS = List.of("data_center", "smart_factory", "csr_event", "other");
	private static final Charset EUC_KR = Charset.forName("x-windows-949");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)(?:\\|([가-힣]))?\\}");
	/** A particle's form after a vowel, and its form after a final consonant. */
	private static final Map<String, String> AFTER_CONSONANT = Map.of("가", "이", "는", "은", "를", "을", "와", "과");

	/** A composed page: its name suffix, bytes and what it was composed of. */
	record Composed(String extension, byte[] bytes, List<String> topics) {
	}

	/** One composed story. */
	record Article(String topic, String title, List<String> paragraphs, String date) {
	}

	private final Fixtures fixtures;

	PageComposer(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	Composed page(long seed, long number) {
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
		int shape = random.nextInt(20);
		if (shape < 2) {
			List<Article> stories = new ArrayList<>();
			int n = 3 + random.nextInt(3);
			for (int i = 0; i < n; i++) {
				stories.add(article(random, true));
			}
			boolean html = shape == 0;
			String text = html ? htmlDigest(stories, random) : textDigest(stories, random);
			return new Composed(html ? "html" : "txt", text.getBytes(StandardCharsets.UTF_8),
				stories.stream().map(Article::topic).toList());
		}
		Article a = article(random, false);
		if (shape < 9) {
			return new Composed("txt", textPage(a, random).getBytes(StandardCharsets.UTF_8), List.of(a.topic()));
		}
		boolean eucKr = shape < 11;
		String html = htmlPage(a, random, eucKr ? "euc-kr" : "utf-8");
		return new Composed("html", html.getBytes(eucKr ? EUC_KR : StandardCharsets.UTF_8), List.of(a.topic()));
	}

	Article article(SplittableRandom random, boolean brief) {
		String topic = TOPICS.get(random.nextInt(TOPICS.size()));
		Fixtures.Region region = pick(fixtures.regions(), random);
		String city = pick(region.cities(), random);
		int year = 2023 + random.nextInt(3);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(28);
		Map<String, String> values = Map.ofEntries(Map.entry("company", pick(fixtures.pool("companies"), random)),
			Map.entry("bank", pick(fixtures.pool("banks"), random)), Map.entry("region", region.name()),
			Map.entry("city", city), Map.entry("head", city + head(city)), Map.entry("amount", bigAmount(random)),
			Map.entry("amount2", smallAmount(random)), Map.entry("jobs", Integer.toString(50 + 10 * random.nextInt(90))),
			Map.entry("mw", Integer.toString(20 + 5 * random.nextInt(57))),
			Map.entry("count", Integer.toString(10 + random.nextInt(190))), Map.entry("item", pick(fixtures.pool("items"), random)),
			Map.entry("year", Integer.toString(year + 1)), Map.entry("month", Integer.toString(month)),
			Map.entry("day", Integer.toString(day)));
		String date = year + "-" + twoDigits(month) + "-" + twoDigits(day);
		if (fixtures.has(topic + ".stories")) {
			List<String> parts = List.of(fill(pick(fixtures.pool(topic + ".stories"), random), values).split(" \\|\\| "));
			List<String> paragraphs = parts.subList(1, brief ? Math.min(3, parts.size()) : parts.size());
			return new Article(topic, parts.get(0), paragraphs, date);
		}
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(fill(pick(fixtures.pool(topic + ".lead"), random), values));
		List<String> body = new ArrayList<>(fixtures.pool(topic + ".body"));
		int bodyCount = brief ? 1 : 2 + random.nextInt(3);
		for (int i = 0; i < bodyCount && !body.isEmpty(); i++) {
			paragraphs.add(fill(body.remove(random.nextInt(body.size())), values));
		}
		if (!brief) {
			paragraphs.add(fill(pick(fixtures.pool(topic + ".close"), random), values));
		}
		return new Article(topic, fill(pick(fixtures.pool(topic + ".title"), random), values), paragraphs, date);
	}

	private static String head(String city) {
		return city.endsWith("군") ? "수" : city.endsWith("구") ? "청장" : "장";
	}

	private static String bigAmount(SplittableRandom random) {
		if (random.nextInt(4) == 0) {
			int trillions = 1 + random.nextInt(5);
			int billions = 100 * random.nextInt(10);
			return billions == 0 ? trillions + "조 원" : trillions + "조 " + grouped(billions) + "억 원";
		}
		return grouped(50 * (1 + random.nextInt(180))) + "억 원";
	}

	private static String smallAmount(SplittableRandom random) {
		int millions = 500 * (1 + random.nextInt(20));
		return millions % 10000 == 0 ? millions / 10000 + "억원" : grouped(millions) + "만원";
	}

	/** Formats by hand: String.format was a tenth of the time a generated page took. */
	private static String twoDigits(int n) {
		return n < 10 ? "0" + n : Integer.toString(n);
	}

	/** @return the number with thousands separated by commas, as Korean papers write amounts */
	private static String grouped(int n) {
		return n < 1000 ? Integer.toString(n) : grouped(n / 1000) + "," + Integer.toString(1000 + n % 1000).substring(1);
	}

	/** Replaces the placeholders, choosing each particle by the value's last syllable. */
	static String fill(String template, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalStateException("unknown placeholder " + m.group() + " in: " + template);
			}
			String particle = m.group(2);
			if (particle != null) {
				value += hasFinalConsonant(value) ? AFTER_CONSONANT.getOrDefault(particle, particle) : particle;
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		return m.appendTail(out).toString();
	}

	private static boolean hasFinalConsonant(String word) {
		char last = word.charAt(word.length() - 1);
		return last >= '가' && last <= '힣' && (last - '가') % 28 != 0;
	}

	private static <T> T pick(List<T> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

	private String noise(String pool, SplittableRandom random, int count) {
		List<String> lines = new ArrayList<>(fixtures.pool(pool));
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < count && !lines.isEmpty(); i++) {
			sb.append(lines.remove(random.nextInt(lines.size()))).append('\n');
		}
		return sb.toString();
	}

	private String footer(String outlet) {
		return fill(String.join("\n", fixtures.pool("footer")), Map.of("outlet", outlet)) + "\n";
	}

	private String textPage(Article a, SplittableRandom random) {
		String outlet = pick(fixtures.pool("outlets"), random);
		StringBuilder sb = new StringBuilder(outlet).append('\n').append(noise("menu", random, 2)).append('\n');
		sb.append(a.title()).append("\n\n");
		sb.append("입력 ").append(a.date().replace('-', '.')).append(' ')
			.append(twoDigits(6 + random.nextInt(14))).append(':').append(twoDigits(random.nextInt(60))).append('\n');
		sb.append(pick(fixtures.pool("reporters"), random)).append("\n\n");
		a.paragraphs().forEach(p -> sb.append(p).append("\n\n"));
		sb.append("많이 본 기사\n").append(noise("headlines", random, 4)).append('\n').append(footer(outlet));
		return sb.toString();
	}

	private String textDigest(List<Article> stories, SplittableRandom random) {
		String outlet = pick(fixtures.pool("outlets"), random);
		StringBuilder sb = new StringBuilder(outlet).append('\n').append(noise("menu", random, 2)).append('\n');
		sb.append("[지역 단신] 오늘의 지역 소식\n\n");
		for (Article a : stories) {
			sb.append("◆").append(a.title()).append("\n\n");
			sb.append("기사승인 ").append(a.date()).append(" 10:00:00\n");
			a.paragraphs().forEach(p -> sb.append(p).append("\n\n"));
			sb.append('\n');
		}
		sb.append(pick(fixtures.pool("reporters"), random)).append('\n').append(footer(outlet));
		return sb.toString();
	}

	private String htmlPage(Article a, SplittableRandom random, String charset) {
		String outlet = pick(fixtures.pool("outlets"), random);
		StringBuilder sb = new StringBuilder("<!doctype html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"")
			.append(charset).append("\">\n<title>").append(escape(a.title())).append(" - ").append(escape(outlet))
			.append("</title>\n<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">\n")
			.append("<meta property=\"article:published_time\" content=\"").append(a.date()).append("T09:30:00+09:00\">\n")
			.append("<script>window.dataLayer=[];function track(e){dataLayer.push(e)}</script>\n</head>\n<body>\n");
		sb.append("<header><nav><ul>");
		for (String item : fixtures.pool("menu").get(0).split(" \\| ")) {
			sb.append("<li><a href=\"/section\">").append(escape(item)).append("</a></li>");
		}
		sb.append("</ul></nav></header>\n<div class=\"wrap\"><article>\n<h1>").append(escape(a.title())).append("</h1>\n");
		sb.append("<div class=\"info\"><span>").append(escape(pick(fixtures.pool("reporters"), random)))
			.append("</span> <span>입력 ").append(a.date().replace('-', '.')).append("</span></div>\n<div class=\"body\">\n");
		a.paragraphs().forEach(p -> sb.append("<p>").append(escape(p)).append("</p>\n"));
		sb.append("</div>\n</article>\n<aside><h3>많이 본 뉴스</h3><ul>");
		noise("headlines", random, 5).lines().forEach(h -> sb.append("<li><a href=\"/news\">").append(escape(h)).append("</a></li>"));
		sb.append("</ul></aside></div>\n<footer>");
		footer(outlet).lines().forEach(l -> sb.append("<p>").append(escape(l)).append("</p>"));
		return sb.append("</footer>\n</body>\n</html>\n").toString();
	}

	private String htmlDigest(List<Article> stories, SplittableRandom random) {
		String outlet = pick(fixtures.pool("outlets"), random);
		StringBuilder sb = new StringBuilder("<!doctype html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<title>[지역 단신] 오늘의 지역 소식 - ").append(escape(outlet)).append("</title>\n</head>\n<body>\n")
			.append("<div class=\"gnb\"><a href=\"/\">홈</a> <a href=\"/local\">지역</a></div>\n")
			.append("<div class=\"view\"><h1>[지역 단신] 오늘의 지역 소식</h1>\n<div class=\"cont\">\n");
		for (Article a : stories) {
			sb.append("<p><strong>◆ ").append(escape(a.title())).append("</strong></p>\n<p>")
				.append(a.date().replace('-', '.')).append("</p>\n");
			a.paragraphs().forEach(p -> sb.append("<p>").append(escape(p)).append("</p>\n"));
		}
		sb.append("</div>\n<p class=\"copy\">").append(escape(footer(outlet).lines().findFirst().orElse("")))
			.append("</p></div>\n</body>\n</html>\n");
		return sb.toString();
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
