package co.gov.mineducacion.cooperation.need;

import co.gov.mineducacion.cooperation.offer.OfferStatus;

/**
 * An offer that fits a need, with why (public for the templates).
 *
 * @param trackingCode the offer's filing number
 * @param title what it offers
 * @param organizationName who offers it
 * @param status where it stands
 * @param explanation why it fits, in words
 */
public record OfferMatch(String trackingCode, String title, String organizationName, OfferStatus status,
		String explanation) {

}
