package co.gov.mineducacion.cooperation.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A milestone: the date it was reached and what happened, in both languages.
 */
class MilestoneForm {

	@NotBlank
	@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
	private String reachedOn;

	@NotBlank
	@Size(max = 1000)
	private String textEs;

	@NotBlank
	@Size(max = 1000)
	private String textEn;

	public String getReachedOn() {
		return this.reachedOn;
	}

	public void setReachedOn(String reachedOn) {
		this.reachedOn = reachedOn;
	}

	public String getTextEs() {
		return this.textEs;
	}

	public void setTextEs(String textEs) {
		this.textEs = textEs;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

}
