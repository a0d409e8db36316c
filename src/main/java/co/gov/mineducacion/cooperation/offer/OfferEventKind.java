package co.gov.mineducacion.cooperation.offer;

/**
 * What happened to an offer.
 */
public enum OfferEventKind {

	SUBMITTED, REVIEW_STARTED, INFORMATION_REQUESTED, INFORMATION_PROVIDED, ACCEPTED, DECLINED, WITHDRAWN, ASSIGNED,
	NOTE

}
