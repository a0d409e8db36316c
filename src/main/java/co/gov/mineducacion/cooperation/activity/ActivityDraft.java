package co.gov.mineducacion.cooperation.activity;

import java.util.List;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * Everything staff set on an activity, checked and typed: what an activity is created or
 * revised from.
 */
record ActivityDraft(Bilingual title, Bilingual description, PartialDate start, PartialDate end,
		ActivityStatus statusOverride, Integer ageMin, Integer ageMax, List<OrganisationEntry> organisations,
		Set<String> departments, List<CityEntry> cities, Set<String> strategicProjects, Set<String> actionTypes,
		Set<String> sectors, List<LinkEntry> links, Contact contact) {

	record OrganisationEntry(OrganisationRole role, String name) {
	}

	record CityEntry(String code, String name) {
	}

	record LinkEntry(String url, String title) {
	}

	/**
	 * The activity's public contact; every part may be missing.
	 */
	record Contact(String name, Bilingual department, String email, String phone) {
	}

}
