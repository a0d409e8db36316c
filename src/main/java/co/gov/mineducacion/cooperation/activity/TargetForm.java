package co.gov.mineducacion.cooperation.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new target: the indicator in both languages and the number to reach.
 */
class TargetForm {

	@NotBlank
	@Size(max = 300)
	private String indicatorEs;

	@NotBlank
	@Size(max = 300)
	private String indicatorEn;

	@NotNull
	@Min(1)
	@Max(Long.MAX_VALUE / 2)
	private Long targetValue;

	public String getIndicatorEs() {
		return this.indicatorEs;
	}

	public void setIndicatorEs(String indicatorEs) {
		this.indicatorEs = indicatorEs;
	}

	public String getIndicatorEn() {
		return this.indicatorEn;
	}

	public void setIndicatorEn(String indicatorEn) {
		this.indicatorEn = indicatorEn;
	}

	public Long getTargetValue() {
		return this.targetValue;
	}

	public void setTargetValue(Long targetValue) {
		this.targetValue = targetValue;
	}

}
