package co.gov.mineducacion.cooperation.activity;

import java.util.Arrays;

/**
 * The list's filters, bound from the query string: {@code status}, {@code department}
 * (DIVIPOLA code), {@code project} (strategic project code), {@code action} (way to
 * cooperate) and the text {@code q}. An unknown status filters nothing.
 */
record ActivityFilter(String status, String department, String project, String action, String q) {

	ActivityStatus statusValue() {
		return Arrays.stream(ActivityStatus.values())
			.filter((s) -> s.name().equals(this.status))
			.findFirst()
			.orElse(null);
	}

	public boolean isActive() {
		return statusValue() != null || present(this.department) || present(this.project) || present(this.action)
				|| present(this.q);
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
