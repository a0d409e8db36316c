package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.web.PublicEmail;
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
	@PublicEmail
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
