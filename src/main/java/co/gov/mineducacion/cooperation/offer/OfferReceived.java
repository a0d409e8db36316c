package co.gov.mineducacion.cooperation.offer;

/**
 * An offer was filed: registered by {@link Offer#receive}, published when the offer is
 * saved.
 */
record OfferReceived(Offer offer) {

}
