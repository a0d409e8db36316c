package co.gov.mineducacion.cooperation.offer;

/**
 * An extension of the answer term the law does not allow.
 */
public class TermExtensionRefusedException extends RuntimeException {

	/**
	 * Why; each reason has its message ({@code office.extension.refused.<REASON>}).
	 */
	public enum Reason {

		/** The office owes no answer now (the clock is stopped). */
		NOT_RUNNING,

		/** The office already gave notice of an extension. */
		ALREADY_EXTENDED,

		/** The original due date has passed: notice must come before it. */
		DEADLINE_PASSED,

		/** The new date is not after the original due date. */
		NOT_LATER,

		/** The new date is a weekend day or a holiday. */
		NOT_BUSINESS_DAY,

		/** The new date is beyond twice the term (or the configured factor). */
		BEYOND_LIMIT

	}

	private final Reason reason;

	public TermExtensionRefusedException(Reason reason) {
		super("Term extension refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
