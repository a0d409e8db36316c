package co.gov.mineducacion.cooperation.need;

import co.gov.mineducacion.cooperation.shared.text.SearchText;

/**
 * The public list's filters, bound from the query string: {@code project} (strategic
 * project code), {@code department} (DIVIPOLA code; a municipality's department counts),
 * {@code action} (way to cooperate) and the text {@code q}.
 */
record NeedFilter(String project, String department, String action, String q) {

	public boolean isActive() {
		return present(this.project) || present(this.department) || present(this.action) || present(this.q);
	}

	boolean matches(Need need) {
		SearchText text = SearchText.of(this.q);
		return (!present(this.project) || need.project().equals(this.project))
				&& (!present(this.department) || need.allDepartments().contains(this.department))
				&& (!present(this.action) || need.actionTypes().contains(this.action)) && (text.isEmpty() || text
					.matches(need.title().es(), need.title().en(), need.description().es(), need.description().en()));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
