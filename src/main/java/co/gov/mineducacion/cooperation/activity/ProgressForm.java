package co.gov.mineducacion.cooperation.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A progress record: which target, the value reached (cumulative) and the date it was
 * measured.
 */
class ProgressForm {

	@NotNull
	private Long targetId;

	@NotBlank
	@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}")
	private String measuredOn;

	@NotNull
	@Min(0)
	@Max(Long.MAX_VALUE / 2)
	private Long value;

	public Long getTargetId() {
		return this.targetId;
	}

	public void setTargetId(Long targetId) {
		this.targetId = targetId;
	}

	public String getMeasuredOn() {
		return this.measuredOn;
	}

	public void setMeasuredOn(String measuredOn) {
		this.measuredOn = measuredOn;
	}

	public Long getValue() {
		return this.value;
	}

	public void setValue(Long value) {
		this.value = value;
	}

}
