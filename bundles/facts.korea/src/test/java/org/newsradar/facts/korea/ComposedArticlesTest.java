package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Story;

/** Whole articles written for these tests, each mixing facts with the traps around them. */
class ComposedArticlesTest {
	private static final KoreanFactExtractor EXTRACTOR = new KoreanFactExtractor();

	/** {@code places} and {@code capacity} are null when the article gives none to check (optional lines). */
	record Article(String title, String body, Set<String> regions, Set<String> amounts, Set<String> jobs,
		Set<String> places, Set<Double> capacity) {
		@Override
		public String toString() {
			return title;
		}
	}

	static Stream<Article> articles() {
		return LabelledArticles.read("composed-articles.txt").stream()
			.map(a -> new Article(a.title(), a.body(), a.label("regions"), a.label("amounts"), a.label("jobs"),
				a.label("places"), megawatts(a.label("capacity"))));
	}

	private static Set<Double> megawatts(Set<String> values) {
		if (values == null) {
			return null;
		}
		Set<Double> out = new LinkedHashSet<>();
		values.forEach(v -> out.add(Double.valueOf(v)));
		return out;
	}

	static Stream<Article> articlesWithPlaces() {
		return articles().filter(a -> a.places() != null);
	}

	static Stream<Article> articlesWithCapacity() {
		return articles().filter(a -> a.capacity() != null);
	}

	private static Set<String> strings(List<?> values) {
		Set<String> out = new LinkedHashSet<>();
		values.forEach(v -> out.add(String.valueOf(v)));
		return out;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articles")
	void findsTheRegionsTheArticleIsAbout(Article a) {
		Facts f = EXTRACTOR.extract(Story.of(a.title(), a.body()));
		assertEquals(a.regions(), strings(f.regions()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articles")
	void findsEveryWonAmount(Article a) {
		Facts f = EXTRACTOR.extract(Story.of(a.title(), a.body()));
		assertEquals(a.amounts(), strings(f.amountsKrw()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articles")
	void findsTheJobsCreated(Article a) {
		Facts f = EXTRACTOR.extract(Story.of(a.title(), a.body()));
		assertEquals(a.jobs(), strings(f.jobs()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articlesWithPlaces")
	void findsTheFinestPlaces(Article a) {
		Facts f = EXTRACTOR.extract(Story.of(a.title(), a.body()));
		assertEquals(a.places(), strings(f.places()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articlesWithCapacity")
	void findsTheDataCenterCapacity(Article a) {
		Facts f = EXTRACTOR.extract(Story.of(a.title(), a.body()));
		assertEquals(a.capacity(), new LinkedHashSet<>(f.capacityMw()));
	}
}
