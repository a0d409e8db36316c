package co.gov.mineducacion.cooperation.offer;

/**
 * The submitter asked for more time to answer a request for information when the law no
 * longer allows it (Ley 1755 de 2015, art. 17).
 */
public class MoreTimeRefusedException extends RuntimeException {

	/**
	 * Why; each reason has its message ({@code offer.status.moreTime.refused.<REASON>}).
	 */
	public enum Reason {

		/** The offer does not wait for the submitter's answer. */
		NOT_WAITING,

		/** The submitter already asked for more time once. */
		ALREADY_EXTENDED,

		/** The term to answer has ended. */
		TERM_ENDED

	}

	private final Reason reason;

	public MoreTimeRefusedException(Reason reason) {
		super("More time refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
