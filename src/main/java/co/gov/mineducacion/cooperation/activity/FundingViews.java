package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.activity.ActivityDetails.Named;
import co.gov.mineducacion.cooperation.activity.FundingView.BeneficiaryView;
import co.gov.mineducacion.cooperation.activity.FundingView.CommitmentView;
import co.gov.mineducacion.cooperation.activity.FundingView.DisbursementView;
import co.gov.mineducacion.cooperation.activity.FundingView.MoneyView;

import org.springframework.stereotype.Component;

/**
 * Turns an activity's money, SDGs and beneficiaries into what its page shows: amounts in
 * the reader's format, commitments and disbursements summed per currency.
 */
@Component
class FundingViews {

	private final SdgGoalRepository goals;

	private final KnownCurrencyRepository currencies;

	FundingViews(SdgGoalRepository goals, KnownCurrencyRepository currencies) {
		this.goals = goals;
		this.currencies = currencies;
	}

	/**
	 * The 17 goals to choose from, numbered, in the reader's language.
	 */
	List<Option> goals(Locale locale) {
		return this.goals.findAllByOrderByCode()
			.stream()
			.map((g) -> new Option(String.valueOf(g.code()), g.code() + " · " + g.name().in(locale)))
			.toList();
	}

	/**
	 * The currencies an amount may carry, by code, with their English names.
	 */
	List<Option> currencies() {
		return this.currencies.findAllByOrderByCode()
			.stream()
			.map((c) -> new Option(c.code(), c.code() + " · " + c.name()))
			.toList();
	}

	FundingView of(Activity a, Locale locale) {
		NumberFormat numbers = ActivityViews.numbers(locale);
		List<Organisation> committed = a.organisations().stream().filter((o) -> o.commitment() != null).toList();
		return new FundingView(money(a.budget(), locale), money(a.international(), locale),
				money(a.counterpart(), locale), a.cooperationType(), a.modality(), sdgs(a, locale),
				a.beneficiaries()
					.entrySet()
					.stream()
					.map((e) -> new BeneficiaryView(e.getKey(), numbers.format(e.getValue())))
					.toList(),
				committed.stream().map((o) -> new CommitmentView(o.name(), money(o.commitment(), locale))).toList(),
				totals(MoneyFormat.totals(committed.stream().map(Organisation::commitment).toList()), locale),
				a.disbursements()
					.stream()
					.map((d) -> new DisbursementView(ActivityViews.day(d.money().valueDate(), locale),
							MoneyFormat.format(d.money(), locale), d.provider()))
					.toList(),
				totals(MoneyFormat.totals(a.disbursements().stream().map(Disbursement::money).toList()), locale));
	}

	List<Named> sdgs(Activity a, Locale locale) {
		return this.goals.findAllByOrderByCode()
			.stream()
			.filter((g) -> a.sdgs().contains(g.code()))
			.map((g) -> new Named(String.valueOf(g.code()), g.name().in(locale)))
			.toList();
	}

	private static MoneyView money(Money money, Locale locale) {
		if (money == null) {
			return null;
		}
		return new MoneyView(MoneyFormat.format(money, locale),
				(money.valueDate() != null) ? ActivityViews.day(money.valueDate(), locale) : null);
	}

	private static List<String> totals(Map<String, BigDecimal> totals, Locale locale) {
		return totals.entrySet().stream().map((e) -> MoneyFormat.format(e.getValue(), e.getKey(), locale)).toList();
	}

}
