package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

/**
 * An entry of an offer's history that other features may act on (the offer was filed,
 * moved along the workflow or assigned), published when the offer is saved, inside its
 * transaction. It names the offer, never the submitter or their documents.
 *
 * @param assigneeId who in the office handles the offer now ({@code null}: nobody)
 * @param actor who did it: a staff member's email, or the submitter
 */
public record OfferEventRecorded(String trackingCode, String title, OfferEventKind kind, Long assigneeId, String actor,
		Instant occurredAt) {

	static OfferEventRecorded of(Offer offer, OfferEventKind kind, String actor, Instant occurredAt) {
		return new OfferEventRecorded(offer.trackingCode(), offer.title(), kind, offer.assigneeId(), actor, occurredAt);
	}

}
