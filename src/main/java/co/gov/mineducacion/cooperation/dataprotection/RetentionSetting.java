package co.gov.mineducacion.cooperation.dataprotection;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How long the office keeps the contact data of offers closed without cooperation.
 */
@Entity
@Table(name = "data_protection_setting")
class RetentionSetting {

	static final short THE_ONE = 1;

	static final int MIN_MONTHS = 1;

	static final int MAX_MONTHS = 120;

	@Id
	private Short id;

	private int contactRetentionMonths;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected RetentionSetting() {
	}

	int contactRetentionMonths() {
		return this.contactRetentionMonths;
	}

	long version() {
		return this.version;
	}

	void change(int months, String by, Instant at) {
		if (months < MIN_MONTHS || months > MAX_MONTHS) {
			throw new IllegalArgumentException("Retention out of range: " + months);
		}
		this.contactRetentionMonths = months;
		this.updatedBy = by;
		this.updatedAt = at;
	}

}
