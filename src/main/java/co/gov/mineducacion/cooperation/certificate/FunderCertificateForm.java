package co.gov.mineducacion.cooperation.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which activity and which of its funders a new certificate is for.
 */
class FunderCertificateForm {

	@NotBlank
	@Size(max = 80)
	private String activity;

	@NotBlank
	@Size(max = 300)
	private String funder;

	public String getActivity() {
		return this.activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public String getFunder() {
		return this.funder;
	}

	public void setFunder(String funder) {
		this.funder = funder;
	}

}
