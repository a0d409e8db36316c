package co.gov.mineducacion.cooperation.activity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The activity form's rules on money, type, modality and SDGs: amounts zero or more,
 * currencies among the known ISO 4217 codes, each amount with its currency and value
 * date, well-formed commitment and disbursement lines, codes from the lists. Each problem
 * is reported beside its field.
 */
@Component
class ActivityFundingRules {

	private final KnownCurrencyRepository currencies;

	private final SdgGoalRepository goals;

	ActivityFundingRules(KnownCurrencyRepository currencies, SdgGoalRepository goals) {
		this.currencies = currencies;
		this.goals = goals;
	}

	void check(ActivityForm form, BindingResult result) {
		checkMoney("budget", form.getBudgetAmount(), form.getBudgetCurrency(), form.getBudgetDate(), result);
		checkMoney("international", form.getInternationalAmount(), form.getInternationalCurrency(),
				form.getInternationalDate(), result);
		checkMoney("counterpart", form.getCounterpartAmount(), form.getCounterpartCurrency(), form.getCounterpartDate(),
				result);
		checkCommitments(form, result);
		checkDisbursements(form, result);
		rejectUnknownName(CooperationType.class, form.getCooperationType(), "cooperationType", result);
		rejectUnknownName(Modality.class, form.getModality(), "modality", result);
		Set<String> goals = this.goals.findAllByOrderByCode()
			.stream()
			.map((g) -> String.valueOf(g.code()))
			.collect(Collectors.toSet());
		if (!goals.containsAll(form.getSdgs())) {
			result.rejectValue("sdgs", "Unknown");
		}
	}

	private void checkMoney(String money, String amount, String currency, String date, BindingResult result) {
		String amountField = money + "Amount";
		String currencyField = money + "Currency";
		String dateField = money + "Date";
		if (amount == null && currency == null && date == null) {
			return;
		}
		if (amount == null) {
			result.rejectValue(amountField, "MissingAmount");
		}
		else if (FundingText.amountProblem(amount) != null) {
			result.rejectValue(amountField, FundingText.amountProblem(amount));
		}
		if (currency == null) {
			result.rejectValue(currencyField, "MissingCurrency");
		}
		else if (!result.hasFieldErrors(currencyField) && !known(currency)) {
			result.rejectValue(currencyField, "UnknownCurrency", new Object[] { currency }, null);
		}
		if (date == null) {
			result.rejectValue(dateField, "MissingValueDate");
		}
		else if (!result.hasFieldErrors(dateField) && FundingText.day(date) == null) {
			result.rejectValue(dateField, "Invalid");
		}
	}

	private void checkCommitments(ActivityForm form, BindingResult result) {
		for (String line : ActivityFormLines.lines(form.getFunders())) {
			String[] parts = FundingText.commitmentParts(line);
			if (parts != null && !checkLine(parts, 0, 1, line, "funders", "InvalidCommitment", result)) {
				return;
			}
		}
	}

	private void checkDisbursements(ActivityForm form, BindingResult result) {
		for (String line : ActivityFormLines.lines(form.getDisbursements())) {
			if (!checkLine(FundingText.disbursementParts(line), 1, 2, line, "disbursements", "Invalid", result)) {
				return;
			}
		}
	}

	private boolean checkLine(String[] parts, int currency, int amount, String line, String field, String malformed,
			BindingResult result) {
		if (parts.length == 0) {
			result.rejectValue(field, malformed, new Object[] { line }, null);
			return false;
		}
		String problem = FundingText.amountProblem(parts[amount]);
		if (problem != null) {
			result.rejectValue(field, problem + "Line", new Object[] { line }, null);
			return false;
		}
		if (!known(parts[currency])) {
			result.rejectValue(field, "UnknownCurrency", new Object[] { parts[currency] }, null);
			return false;
		}
		return true;
	}

	private boolean known(String currency) {
		return currency.length() == 3 && this.currencies.existsById(FundingText.currency(currency));
	}

	private static <E extends Enum<E>> void rejectUnknownName(Class<E> type, String value, String field,
			BindingResult result) {
		if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch((e) -> e.name().equals(value))) {
			result.rejectValue(field, "Unknown");
		}
	}

}
