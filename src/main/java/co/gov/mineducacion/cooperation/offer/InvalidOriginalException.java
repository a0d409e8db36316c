package co.gov.mineducacion.cooperation.offer;

/**
 * The offer named as the original of a duplicate cannot be one: unknown, the offer
 * itself, or itself closed as a duplicate.
 */
public class InvalidOriginalException extends RuntimeException {

	/**
	 * Why the named offer cannot be the original.
	 */
	public enum Reason {

		UNKNOWN, SAME_OFFER, ITSELF_A_DUPLICATE

	}

	private final Reason reason;

	InvalidOriginalException(Reason reason) {
		super("Not a valid original: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
