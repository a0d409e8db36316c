package co.gov.mineducacion.cooperation.office;

import jakarta.validation.constraints.Size;

/**
 * A workflow move on one offer: the version the staff member saw, and the message to the
 * submitter where the move carries one.
 */
class ReviewActionForm {

	private long version;

	@Size(max = 5000)
	private String message;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	boolean hasMessage() {
		return this.message != null && !this.message.isBlank();
	}

}
