package co.gov.mineducacion.cooperation.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which accepted offer a new certificate is for: its filing number.
 */
class CertificateForm {

	@NotBlank
	@Size(max = 30)
	private String offer;

	public String getOffer() {
		return this.offer;
	}

	public void setOffer(String offer) {
		this.offer = offer;
	}

}
