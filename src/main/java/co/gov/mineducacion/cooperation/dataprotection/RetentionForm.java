package co.gov.mineducacion.cooperation.dataprotection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The retention period in months, as an ADMIN sets it.
 */
class RetentionForm {

	@NotNull
	@Min(RetentionSetting.MIN_MONTHS)
	@Max(RetentionSetting.MAX_MONTHS)
	private Integer months;

	private long version;

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
