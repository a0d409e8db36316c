package co.gov.mineducacion.cooperation.activity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * Everything staff set on an activity, checked and typed: what an activity is created or
 * revised from.
 */
record ActivityDraft(Bilingual title, Bilingual description, PartialDate start, PartialDate end,
		ActivityStatus statusOverride, Integer ageMin, Integer ageMax, List<OrganisationEntry> organisations,
		Set<String> departments, List<CityEntry> cities, Set<String> strategicProjects, Set<String> actionTypes,
		Set<String> sectors, List<LinkEntry> links, Contact contact, Cooperation cooperation) {

	/**
	 * An organisation in its role; {@code commitment} (a funder's only) may be
	 * {@code null}.
	 */
	record OrganisationEntry(OrganisationRole role, String name, Money commitment) {

		OrganisationEntry(OrganisationRole role, String name) {
			this(role, name, null);
		}

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

	/**
	 * What APC-Colombia and IATI record: the three amounts ({@code null} when unknown),
	 * cooperation type and modality ({@code null} when unknown), SDG goal codes,
	 * beneficiaries by group, disbursements (each amount's value date is its day) and
	 * whether the office has closed the activity's accounts.
	 */
	record Cooperation(Money budget, Money international, Money counterpart, CooperationType type, Modality modality,
			Set<Integer> sdgs, Map<BeneficiaryGroup, Long> beneficiaries, List<DisbursementEntry> disbursements,
			boolean accountsClosed) {

		static final Cooperation NONE = new Cooperation(null, null, null, null, null, Set.of(), Map.of(), List.of(),
				false);

	}

	record DisbursementEntry(Money money, String provider) {
	}

}
