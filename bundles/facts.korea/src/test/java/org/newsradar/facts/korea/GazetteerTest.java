package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
	void holdsTheSeventeenProvinces() {
		assertEquals(17, GAZETTEER.provinces().size());
	}

	@Test
	void resolvesEveryDistrictOfTheDataFileToItsProvince() throws IOException {
		int districts = 0;
		try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] f = line.split("\t");
				if (!f[0].equals("D")) {
					continue;
				}
				districts++;
				String own = f[2].substring(f[2].lastIndexOf(' ') + 1);
				Trie.Match<Gazetteer.Entry> match = GAZETTEER.nameAt(own, 0);
				assertNotNull(match, own);
				assertTrue(match.value().places().contains(new Place(f[1], f[2])), own);
			}
		}
		assertTrue(districts >= 226, "시·군·구 lines: " + districts);
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
}
