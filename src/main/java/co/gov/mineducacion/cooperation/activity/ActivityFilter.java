package co.gov.mineducacion.cooperation.activity;

import java.util.Arrays;

/**
 * The list's filters, bound from the query string: {@code status}, {@code department}
 * (DIVIPOLA code), {@code project} (strategic project code), {@code action} (way to
 * cooperate), {@code sdg} (Sustainable Development Goal number), {@code municipality}
 * (5-digit DIVIPOLA code) and the text {@code q}. An unknown status filters nothing.
 */
record ActivityFilter(String status, String department, String project, String action, String q, String sdg,
		String municipality) {

	static final ActivityFilter NONE = new ActivityFilter(null, null, null, null, null, null, null);

	ActivityStatus statusValue() {
		return Arrays.stream(ActivityStatus.values())
			.filter((s) -> s.name().equals(this.status))
			.findFirst()
			.orElse(null);
	}

	public boolean isActive() {
		return statusValue() != null || present(this.department) || present(this.project) || present(this.action)
				|| present(this.q) || present(this.sdg) || present(this.municipality);
	}

	/**
	 * Whether the activity passes the SDG and municipality filters.
	 */
	boolean matchesPlaceAndGoal(Activity activity) {
		return (!present(this.sdg) || activity.sdgs().stream().anyMatch((g) -> String.valueOf(g).equals(this.sdg)))
				&& (!present(this.municipality)
						|| activity.cities().stream().anyMatch((c) -> c.code().equals(this.municipality)));
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
