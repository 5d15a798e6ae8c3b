package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {
	private static final Gazetteer GAZETTEER = Gazetteer.standard();

	@Test
	void namesEachOfTheSeventeenProvincesByItsOfficialName() throws IOException {
		List<String> provinces = dataLines("P").stream().map(f -> f[1]).toList();
		assertEquals(17, provinces.size());
		for (String province : provinces) {
			assertEquals(List.of(Place.province(province)), GAZETTEER.nameAt(province, 0).value().places(), province);
		}
	}

	private static List<String[]> dataLines(String kind) throws IOException {
		try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(line -> line.split("\t"))
				.filter(f -> f[0].equals(kind))
				.toList();
		}
	}

	@Test
	void resolvesEveryDistrictOfTheDataFileToItsProvince() throws IOException {
		List<String[]> districts = dataLines("D");
		for (String[] f : districts) {
			String own = f[2].substring(f[2].lastIndexOf(' ') + 1);
			Trie.Match<Gazetteer.Entry> match = GAZETTEER.nameAt(own, 0);
			assertNotNull(match, own);
			assertTrue(match.value().places().contains(new Place(f[1], f[2])), own);
		}
		assertTrue(districts.size() >= 226, "시·군·구 lines: " + districts.size());
	}

	@Test
	void keepsADistrictNameSharedByCitiesAmbiguous() {
		List<Place> places = GAZETTEER.nameAt("강서구", 0).value().places();
		assertEquals(List.of(new Place("서울특별시", "강서구"), new Place("부산광역시", "강서구")), places);
	}

	@Test
	void marksAWordThatOnlyBeginsWithAPlaceName() {
		assertTrue(GAZETTEER.nameAt("부산물", 0).value().notAPlace());
	}

	@Test
	void rejectsAnUnknownLineKind() {
		InputStream bad = new ByteArrayInputStream("Q\t서울\n".getBytes(StandardCharsets.UTF_8));
		assertThrows(IllegalArgumentException.class, () -> Gazetteer.read(bad));
	}

	@Test
	void resolvesEveryRomanisedNameOfTheDataFileToItsPlace() throws IOException {
		List<String[]> lines = dataLines("E");
		for (String[] f : lines) {
			Place place = new Place(f[2], f.length > 3 ? f[3] : null);
			for (String name : f[1].split(",")) {
				assertTrue(name.chars().allMatch(c -> c < 128), "romanised names are ASCII: " + name);
				Trie.Match<Gazetteer.Entry> match = GAZETTEER.nameAt(name, 0);
				assertNotNull(match, name);
				assertEquals(name.length(), match.end(), name);
				assertTrue(match.value().places().contains(place), name);
			}
		}
		assertTrue(lines.size() >= 150, "romanised lines: " + lines.size());
	}

	@Test
	void readsARomanisedNameInAnyCase() {
		assertEquals(List.of(Place.province("울산광역시")), GAZETTEER.nameAt("ULSAN", 0).value().places());
	}

	@Test
	void readsARomanisedNameOnlyAsAWholeWord() {
		assertNull(GAZETTEER.nameAt("Ulsanite", 0));
	}

	@Test
	void prefersTheLongerRomanisedNameWhenItEndsAWord() {
		assertEquals(List.of(new Place("제주특별자치도", "제주시")), GAZETTEER.nameAt("Jeju City Hall", 0).value().places());
	}

	@Test
	void fallsBackToTheShorterRomanisedNameWhenTheLongerRunsOn() {
		assertEquals(List.of(Place.province("제주특별자치도")), GAZETTEER.nameAt("Jeju Airport", 0).value().places());
	}

	@Test
	void knowsTheProvinceNamesThatAreAlsoADistrictsStemElsewhere() {
		Gazetteer g = Gazetteer.standard();
		assertTrue(g.isStemOfADistrictElsewhere(g.nameAt("광주", 0).value()));
		assertFalse(g.isStemOfADistrictElsewhere(g.nameAt("부산", 0).value()));
		assertFalse(g.isStemOfADistrictElsewhere(g.nameAt("광주광역시", 0).value()));
	}
}
