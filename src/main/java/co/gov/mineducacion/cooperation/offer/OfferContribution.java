package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an accepted offer's organisation contributes, as a certificate states it: the
 * organisation, what it offered, how and when, and the estimated value where the offer
 * gave one. Never the submitter's personal data.
 *
 * @param trackingCode the offer's filing number
 * @param organizationName the contributing organisation
 * @param title what was offered
 * @param contributionKind how it contributes, or {@code null} when not said
 * @param actionTypes the ways to cooperate the offer names (codes)
 * @param startDate when the contribution starts, or {@code null}
 * @param endDate when it ends, or {@code null}
 * @param estimatedValue the estimated value, or {@code null} when not given
 * @param currency its currency, or {@code null}
 * @param acceptedAt when the office accepted the offer, or {@code null} when not recorded
 */
public record OfferContribution(String trackingCode, String organizationName, String title,
		ContributionKind contributionKind, List<String> actionTypes, LocalDate startDate, LocalDate endDate,
		BigDecimal estimatedValue, OfferCurrency currency, Instant acceptedAt) {

	public OfferContribution {
		actionTypes = List.copyOf(actionTypes);
	}

}
