package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

import co.gov.mineducacion.cooperation.opendata.OrganisationBudget.Budget;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The annual total budget as an ADMIN writes it: every field empty (no budget published)
 * or every field filled in. Values are kept as typed so that a refused one is shown
 * again.
 */
class OrganisationBudgetForm {

	static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

	@Pattern(regexp = "\\d{1,18}(\\.\\d{1,2})?")
	@Size(max = 21)
	private String amount;

	@Pattern(regexp = "[A-Za-z]{3}")
	private String currency;

	@Pattern(regexp = DAY)
	private String periodStart;

	@Pattern(regexp = DAY)
	private String periodEnd;

	private long version;

	static OrganisationBudgetForm from(OrganisationBudgetService.BudgetEdit edit) {
		OrganisationBudgetForm form = new OrganisationBudgetForm();
		Budget budget = edit.budget();
		if (budget != null) {
			form.amount = budget.amount().toPlainString();
			form.currency = budget.currency();
			form.periodStart = budget.start().toString();
			form.periodEnd = budget.end().toString();
		}
		form.version = edit.version();
		return form;
	}

	boolean isEmpty() {
		return this.amount == null && this.currency == null && this.periodStart == null && this.periodEnd == null;
	}

	/**
	 * The rules a single field cannot check: all or nothing, a real ISO 4217 currency, a
	 * real day, an amount above zero and a period of at most a year.
	 */
	void check(Errors errors) {
		if (isEmpty()) {
			return;
		}
		require(errors, "amount", this.amount);
		require(errors, "currency", this.currency);
		require(errors, "periodStart", this.periodStart);
		require(errors, "periodEnd", this.periodEnd);
		if (this.currency != null && !errors.hasFieldErrors("currency") && !isCurrency(this.currency)) {
			errors.rejectValue("currency", "opendata.budget.error.unknownCurrency");
		}
		if (this.amount != null && !errors.hasFieldErrors("amount") && new BigDecimal(this.amount).signum() <= 0) {
			errors.rejectValue("amount", "opendata.budget.error.positive");
		}
		LocalDate start = day(errors, "periodStart", this.periodStart);
		LocalDate end = day(errors, "periodEnd", this.periodEnd);
		if (start != null && end != null && (end.isBefore(start) || !start.plusYears(1).isAfter(end))) {
			errors.rejectValue("periodEnd", "opendata.budget.error.atMostAYear");
		}
	}

	/**
	 * The budget typed, or {@code null} for none; call once {@link #check} passed.
	 */
	Budget toBudget() {
		if (isEmpty()) {
			return null;
		}
		return new Budget(new BigDecimal(this.amount), this.currency.toUpperCase(Locale.ROOT),
				LocalDate.parse(this.periodStart), LocalDate.parse(this.periodEnd));
	}

	private static void require(Errors errors, String field, String value) {
		if (value == null) {
			errors.rejectValue(field, "opendata.budget.error.requiredWithTheOthers");
		}
	}

	private static LocalDate day(Errors errors, String field, String value) {
		if (value == null || errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "opendata.budget.error.notADay");
			return null;
		}
	}

	private static boolean isCurrency(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return Currency.getAvailableCurrencies().stream().anyMatch((c) -> c.getCurrencyCode().equals(upper));
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(String periodStart) {
		this.periodStart = periodStart;
	}

	public String getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(String periodEnd) {
		this.periodEnd = periodEnd;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
