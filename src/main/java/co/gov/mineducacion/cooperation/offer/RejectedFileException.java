package co.gov.mineducacion.cooperation.offer;

/**
 * An uploaded document the portal refuses; {@code reason} completes the message key
 * {@code offer.attachments.<reason>}.
 */
class RejectedFileException extends RuntimeException {

	private final String reason;

	private final String fileName;

	RejectedFileException(String reason, String fileName) {
		super("Rejected file: " + reason);
		this.reason = reason;
		this.fileName = (fileName == null) ? "" : fileName;
	}

	String reason() {
		return this.reason;
	}

	String fileName() {
		return this.fileName;
	}

}
