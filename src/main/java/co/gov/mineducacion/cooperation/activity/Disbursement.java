package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Money disbursed to an activity on a day, optionally by a named provider.
 */
@Embeddable
class Disbursement {

	private LocalDate disbursedOn;

	@Column(precision = 18, scale = 2)
	private BigDecimal amount;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private String provider;

	private int position;

	protected Disbursement() {
	}

	Disbursement(Money money, String provider, int position) {
		this.disbursedOn = money.valueDate();
		this.amount = money.amount();
		this.currency = money.currency();
		this.provider = provider;
		this.position = position;
	}

	/**
	 * The amount, its value date the day it was disbursed.
	 */
	Money money() {
		return new Money(this.amount, this.currency, this.disbursedOn);
	}

	String provider() {
		return this.provider;
	}

}
