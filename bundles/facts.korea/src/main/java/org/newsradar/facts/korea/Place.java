package org.newsradar.facts.korea;

import java.util.Objects;

/**
 * A place of the gazetteer: a 시·도, or a 시·군·구 (or 행정구, written "city gu") inside one.
 *
 * @param province the official 시·도 name
 * @param district the 시·군·구 inside it, or {@code null} for the 시·도 itself
 */
record Place(String province, String district) {

	static Place province(String province) {
		return new Place(province, null);
	}

	boolean isProvince() {
		return district == null;
	}

	/** @return e.g. {@code 경상북도 포항시}, or the 시·도 name alone */
	String fullName() {
		return district == null ? province : province + " " + district;
	}

	/**
	 * Written out, with the value a record's own hash code has (31 times the 시·도's, plus the
	 * 시·군·구's or 0), so that maps keyed by places keep their order: the record's own methods are
	 * bound at their first call, milliseconds of every start while the gazetteer is read.
	 */
	@Override
	public int hashCode() {
		return 31 * province.hashCode() + (district == null ? 0 : district.hashCode());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Place p && province.equals(p.province) && Objects.equals(district, p.district);
	}

	/** @return whether this place lies inside {@code other} (a 행정구 inside its city, a city inside its 시·도) */
	boolean isInside(Place other) {
		if (!province.equals(other.province) || equals(other)) {
			return false;
		}
		return other.district == null || district.startsWith(other.district + " ");
	}
}
