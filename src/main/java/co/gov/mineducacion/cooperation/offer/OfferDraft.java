package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The validated content of an offer as the submitter sent it.
 */
record OfferDraft(String organizationName, String sector, String country, String taxId, String website,
		String contactName, String contactPosition, String contactEmail, String contactPhone, String preferredLanguage,
		String title, String description, Set<String> actionTypes, Set<String> strategicProjects,
		Set<String> departments, boolean nationalScope, ContributionKind contributionKind, BigDecimal estimatedValue,
		OfferCurrency currency, LocalDate startDate, LocalDate endDate) {

}
