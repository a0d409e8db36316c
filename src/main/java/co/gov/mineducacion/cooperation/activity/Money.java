package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An exact amount in an ISO 4217 currency, with the date its value refers to (may be
 * unknown for a commitment). Amounts are never converted between currencies.
 */
@Embeddable
public class Money {

	@Column(precision = 18, scale = 2)
	private BigDecimal amount;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String currency;

	private LocalDate valueDate;

	protected Money() {
	}

	public Money(BigDecimal amount, String currency, LocalDate valueDate) {
		if (amount == null || amount.signum() < 0) {
			throw new IllegalArgumentException("An amount is zero or more");
		}
		this.amount = Objects.requireNonNull(amount);
		this.currency = Objects.requireNonNull(currency);
		this.valueDate = valueDate;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	/**
	 * The date the value refers to, or {@code null} when unknown.
	 */
	public LocalDate valueDate() {
		return this.valueDate;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Money that && this.amount.compareTo(that.amount) == 0
				&& this.currency.equals(that.currency) && Objects.equals(this.valueDate, that.valueDate);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.amount.stripTrailingZeros(), this.currency, this.valueDate);
	}

	@Override
	public String toString() {
		return this.currency + " " + this.amount.toPlainString();
	}

}
