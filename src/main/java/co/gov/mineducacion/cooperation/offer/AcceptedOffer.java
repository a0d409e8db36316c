package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an accepted offer may carry into a public activity: what was offered, by which
 * organisation, where and when. Never the submitter's personal data (contact name, email,
 * phone, position) nor the tax id.
 */
public record AcceptedOffer(String trackingCode, String organizationName, String title, String description,
		String preferredLanguage, Set<String> actionTypes, Set<String> strategicProjects, Set<String> departments,
		boolean nationalScope, ContributionKind contributionKind, LocalDate startDate, LocalDate endDate) {

}
