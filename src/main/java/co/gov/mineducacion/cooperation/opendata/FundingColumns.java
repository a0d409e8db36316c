package co.gov.mineducacion.cooperation.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.FundingRecord;
import co.gov.mineducacion.cooperation.activity.Money;

/**
 * An activity's money, type, modality, SDGs and beneficiaries in open data. Amounts are
 * written exactly as stored (a point before the cents, no grouping) beside their
 * currency: nothing is converted or rounded.
 */
final class FundingColumns {

	static final List<String> COLUMNS = List.of("cooperation_type", "modality", "sdg_goals", "budget_amount",
			"budget_currency", "budget_value_date", "international_amount", "international_currency",
			"international_value_date", "counterpart_amount", "counterpart_currency", "counterpart_value_date",
			"funder_commitments", "disbursements", "beneficiaries");

	private FundingColumns() {
	}

	static List<Object> values(ActivityRecord a) {
		FundingRecord f = a.funding();
		List<Object> values = new ArrayList<>();
		values.add((f.type() != null) ? f.type().name() : null);
		values.add((f.modality() != null) ? f.modality().name() : null);
		values.add(f.sdgs().stream().map(String::valueOf).collect(Collectors.joining(";")));
		for (Money m : new Money[] { f.budget(), f.international(), f.counterpart() }) {
			values.add((m != null) ? m.amount().toPlainString() : null);
			values.add((m != null) ? m.currency() : null);
			values.add((m != null && m.valueDate() != null) ? m.valueDate().toString() : null);
		}
		values.add(a.organisations()
			.stream()
			.filter((o) -> o.commitment() != null)
			.map((o) -> o.name() + ": " + o.commitment())
			.collect(Collectors.joining(";")));
		values.add(f.disbursements()
			.stream()
			.map((d) -> d.money().valueDate() + " " + d.money() + ((d.provider() != null) ? " " + d.provider() : ""))
			.collect(Collectors.joining(";")));
		values.add(f.beneficiaries()
			.entrySet()
			.stream()
			.map((e) -> e.getKey().name() + "=" + e.getValue())
			.collect(Collectors.joining(";")));
		return values;
	}

	/**
	 * The same as JSON members; amounts are JSON numbers with every digit.
	 */
	static void put(ActivityRecord a, Map<String, Object> json) {
		FundingRecord f = a.funding();
		json.put("cooperationType", (f.type() != null) ? f.type().name() : null);
		json.put("modality", (f.modality() != null) ? f.modality().name() : null);
		json.put("sdgGoals", List.copyOf(f.sdgs()));
		json.put("budget", money(f.budget()));
		json.put("internationalContribution", money(f.international()));
		json.put("nationalCounterpart", money(f.counterpart()));
		json.put("funderCommitments",
				a.organisations()
					.stream()
					.filter((o) -> o.commitment() != null)
					.map((o) -> Map.of("funder", o.name(), "committed", money(o.commitment())))
					.toList());
		json.put("disbursements", f.disbursements().stream().map((d) -> {
			Map<String, Object> item = money(d.money());
			item.put("provider", d.provider());
			return item;
		}).toList());
		Map<String, Long> beneficiaries = new LinkedHashMap<>();
		f.beneficiaries().forEach((group, count) -> beneficiaries.put(group.name(), count));
		json.put("beneficiaries", beneficiaries);
	}

	/**
	 * Keeps the activities that contribute to the SDG goal given by number, or all when
	 * none is given.
	 */
	static Predicate<ActivityRecord> contributingTo(String sdg) {
		return (a) -> sdg == null || sdg.isBlank()
				|| a.funding().sdgs().stream().anyMatch((g) -> sdg.equals(g.toString()));
	}

	private static Map<String, Object> money(Money money) {
		if (money == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("amount", money.amount());
		json.put("currency", money.currency());
		json.put("valueDate", (money.valueDate() != null) ? money.valueDate().toString() : null);
		return json;
	}

}
