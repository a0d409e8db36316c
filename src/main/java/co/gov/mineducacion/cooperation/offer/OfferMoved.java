package co.gov.mineducacion.cooperation.offer;

/**
 * An offer moved along the workflow: registered by the offer, published when it is saved.
 *
 * @param transition the move it made
 * @param subject the office's own subject for the submitter's email, or {@code null} for
 * the standard one
 */
record OfferMoved(Offer offer, OfferTransition transition, String subject) {

}
