package co.gov.mineducacion.cooperation.offer;

import java.util.Set;

/**
 * The validated content of an offer as the submitter sent it; {@code need} is the slug of
 * the published need the offer answers, or {@code null}.
 */
record OfferDraft(Organisation organisation, ContactPerson contact, String title, String description,
		Set<String> actionTypes, Set<String> strategicProjects, Set<String> departments, boolean nationalScope,
		Contribution contribution, String need) {

}
