package co.gov.mineducacion.cooperation.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the submitter withdraws their offer.
 */
class WithdrawForm {

	@NotBlank
	@Size(max = 2000)
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
