package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

/**
 * An offer already received from the same organisation, as shown to its submitter before
 * they confirm: no filing number and no contact data.
 */
record SimilarOffer(String title, Instant receivedAt, OfferStatus status) {

}
