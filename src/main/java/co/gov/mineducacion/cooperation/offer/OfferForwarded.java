package co.gov.mineducacion.cooperation.offer;

/**
 * The office forwarded an offer to the competent entity: registered by the offer,
 * published when it is saved; the submitter and the entity are emailed.
 */
record OfferForwarded(Offer offer, Forwarding forwarding) {

}
