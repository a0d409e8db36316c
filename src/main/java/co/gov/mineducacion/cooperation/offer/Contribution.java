package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the organisation contributes and when; every part is optional.
 *
 * @param kind financial, technical, in kind...
 * @param estimatedValue what it is worth, when known
 * @param currency the currency of the value (only with a value)
 * @param startDate when it starts
 * @param endDate when it ends
 */
@Embeddable
public record Contribution(@Column(name = "contribution_kind") @Enumerated(EnumType.STRING) ContributionKind kind,
		BigDecimal estimatedValue, @Enumerated(EnumType.STRING) OfferCurrency currency, LocalDate startDate,
		LocalDate endDate) {

	/**
	 * Nothing said about the contribution (Hibernate loads all-empty columns as no
	 * object).
	 */
	static final Contribution NONE = new Contribution(null, null, null, null, null);

}
