package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the office matches an offer against a need by, and counts towards it: never the
 * submitter's personal data.
 *
 * @param trackingCode the filing number
 * @param status where the offer stands
 * @param organizationName the offering organisation
 * @param title what is offered
 * @param description how
 * @param strategicProjects the projects it names (codes)
 * @param departments the departments it names (DIVIPOLA codes)
 * @param actionTypes the ways to cooperate it names (codes)
 * @param estimatedValue its estimated value, or {@code null}
 * @param currency the value's ISO 4217 code, or {@code null}
 * @param need the slug of the need it answers, or {@code null}
 */
public record OfferOutline(String trackingCode, OfferStatus status, String organizationName, String title,
		String description, Set<String> strategicProjects, Set<String> departments, Set<String> actionTypes,
		BigDecimal estimatedValue, String currency, String need) {

}
