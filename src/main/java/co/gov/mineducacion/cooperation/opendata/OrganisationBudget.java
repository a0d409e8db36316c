package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The Ministry's annual total budget as an ADMIN entered it, for the IATI organisation
 * file: amount, currency and a period of at most a year, or nothing at all. One row.
 */
@Entity
@Table(name = "organisation_budget")
class OrganisationBudget {

	static final short THE_ONE = 1;

	@Id
	private Short id;

	private BigDecimal amount;

	private String currency;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected OrganisationBudget() {
	}

	/**
	 * The budget, or {@code null} while none is entered.
	 */
	Budget budget() {
		return (this.amount != null) ? new Budget(this.amount, this.currency, this.periodStart, this.periodEnd) : null;
	}

	/**
	 * Replaces the budget, or clears it with {@code null}.
	 * @return whether anything changed
	 */
	boolean change(Budget budget, String by, Instant at) {
		if (java.util.Objects.equals(budget, budget())) {
			return false;
		}
		this.amount = (budget != null) ? budget.amount() : null;
		this.currency = (budget != null) ? budget.currency() : null;
		this.periodStart = (budget != null) ? budget.start() : null;
		this.periodEnd = (budget != null) ? budget.end() : null;
		this.updatedBy = by;
		this.updatedAt = at;
		return true;
	}

	long version() {
		return this.version;
	}

	/**
	 * A total budget for a period of at most a year, in one currency, never converted.
	 */
	record Budget(BigDecimal amount, String currency, LocalDate start, LocalDate end) {

		Budget {
			if (amount.signum() <= 0 || !start.plusYears(1).isAfter(end) || end.isBefore(start)) {
				throw new IllegalArgumentException("A positive amount for a period of at most a year");
			}
			amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
		}

	}

}
