package co.gov.mineducacion.cooperation.offer;

/**
 * A move the review workflow does not allow, such as accepting a withdrawn offer.
 */
public class IllegalOfferTransitionException extends RuntimeException {

	private final OfferStatus from;

	private final OfferStatus to;

	IllegalOfferTransitionException(OfferStatus from, OfferStatus to) {
		super("An offer cannot move from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public OfferStatus from() {
		return this.from;
	}

	public OfferStatus to() {
		return this.to;
	}

}
