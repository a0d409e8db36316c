package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation taking part in an activity, in a role, in the order the office lists
 * them; a funder may have the amount it committed.
 */
@Embeddable
class Organisation {

	@Enumerated(EnumType.STRING)
	private OrganisationRole role;

	private String name;

	private int position;

	@Column(precision = 18, scale = 2)
	private BigDecimal committedAmount;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String committedCurrency;

	private LocalDate committedOn;

	protected Organisation() {
	}

	Organisation(OrganisationRole role, String name, int position) {
		this(role, name, null, position);
	}

	Organisation(OrganisationRole role, String name, Money commitment, int position) {
		if (commitment != null && role != OrganisationRole.FUNDER) {
			throw new IllegalArgumentException("Only a funder commits money");
		}
		this.role = role;
		this.name = name;
		this.position = position;
		if (commitment != null) {
			this.committedAmount = commitment.amount();
			this.committedCurrency = commitment.currency();
			this.committedOn = commitment.valueDate();
		}
	}

	OrganisationRole role() {
		return this.role;
	}

	String name() {
		return this.name;
	}

	/**
	 * What the funder committed, or {@code null} when the office has not said.
	 */
	Money commitment() {
		return (this.committedAmount != null)
				? new Money(this.committedAmount, this.committedCurrency, this.committedOn) : null;
	}

}
