package org.newsradar.api.facts;

import java.util.List;

/**
 * The facts of one story, normalised.
 *
 * @param regions      full official 시·도 names the story is about
 * @param places       the finest places named, e.g. {@code 부산광역시 강서구}
 * @param amountsKrw   every won amount stated, as an integer number of won
 * @param otherAmounts amounts in other currencies, as written (kept apart from won)
 * @param jobs         jobs created or planned
 * @param capacityMw   data-center power capacities in megawatts
 */
public record Facts(List<String> regions, List<String> places, List<Long> amountsKrw,
	List<String> otherAmounts, List<Long> jobs, List<Double> capacityMw) {

	public static final Facts NONE = new Facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

	public Facts {
		regions = List.copyOf(regions);
		places = List.copyOf(places);
		amountsKrw = List.copyOf(amountsKrw);
		otherAmounts = List.copyOf(otherAmounts);
		jobs = List.copyOf(jobs);
		capacityMw = List.copyOf(capacityMw);
	}
}
