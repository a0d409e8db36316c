package co.gov.mineducacion.cooperation.offer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The filing number and the contact email that together open an offer's status.
 */
class StatusLookupForm {

	@NotBlank
	@Size(max = 30)
	private String trackingCode;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	public String getTrackingCode() {
		return this.trackingCode;
	}

	public void setTrackingCode(String trackingCode) {
		this.trackingCode = trackingCode;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
