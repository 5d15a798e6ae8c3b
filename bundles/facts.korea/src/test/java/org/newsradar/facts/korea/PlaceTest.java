package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceTest {
	/** What Place was before it wrote its methods out: a record with the record's own ones. */
	private record Plain(String province, String district) {
	}

	@Test
	void hashesAndComparesAsARecordDoes() {
		List<String> provinces = List.of("서울특별시", "경상남도", "Seoul", "");
		List<String> districts = new ArrayList<>(List.of("중구", "창원시 의창구", "양산시", ""));
		districts.add(null);
		for (String p : provinces) {
			for (String d : districts) {
				Place place = new Place(p, d);
				assertEquals(new Plain(p, d).hashCode(), place.hashCode(), p + " " + d);
				for (String p2 : provinces) {
					for (String d2 : districts) {
						assertEquals(new Plain(p, d).equals(new Plain(p2, d2)), place.equals(new Place(p2, d2)), p + d + p2 + d2);
					}
				}
				assertEquals(false, place.equals(new Plain(p, d)));
				assertEquals(false, place.equals(null));
			}
		}
	}
}
