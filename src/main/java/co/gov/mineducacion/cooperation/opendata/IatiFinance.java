package co.gov.mineducacion.cooperation.opendata;

import java.time.LocalDate;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityRecord.FundingRecord;
import co.gov.mineducacion.cooperation.activity.Money;

/**
 * An activity's classifications and money in an IATI activity: collaboration type,
 * default flow, finance and aid type ({@link IatiCodes}), the total budget, and the
 * transactions recorded: commitments (TransactionType 2) per funder's committed amount,
 * disbursements (3). Nothing dated in the future is published (IATI rules 11.2.1 and
 * 11.2.2); a budget is published only for a period of at most a year (rule 7.5.3): a
 * longer activity's total budget needs yearly budgets the office does not record.
 */
final class IatiFinance {

	private final XmlOut xml;

	private final LocalDate today;

	IatiFinance(XmlOut xml, LocalDate today) {
		this.xml = xml;
		this.today = today;
	}

	void classifications(FundingRecord f) {
		code("collaboration-type", IatiCodes.collaborationType(f.type()));
		code("default-flow-type", IatiCodes.flowType(f.type()));
		code("default-finance-type", IatiCodes.financeType(f.modality()));
		String aid = IatiCodes.aidType(f.modality());
		if (aid != null) {
			this.xml.start("default-aid-type").attr("code", aid).attr("vocabulary", "1").end();
		}
	}

	void budget(ActivityRecord a) {
		Money budget = a.funding().budget();
		if (budget == null || a.end() == null) {
			return;
		}
		LocalDate start = a.start().firstDay();
		LocalDate end = a.end().lastDay();
		if (end.isAfter(start.plusYears(1).minusDays(1))) {
			return;
		}
		this.xml.start("budget").attr("type", "1").attr("status", "2");
		this.xml.start("period-start").attr("iso-date", start).end();
		this.xml.start("period-end").attr("iso-date", end).end();
		value(budget, (budget.valueDate() != null) ? budget.valueDate() : start);
		this.xml.end();
	}

	void transactions(ActivityRecord a) {
		LocalDate start = a.start().firstDay();
		a.organisations().stream().filter((o) -> o.commitment() != null).forEach((o) -> {
			Money money = o.commitment();
			transaction("2", money, (money.valueDate() != null) ? money.valueDate() : start, o.name());
		});
		a.funding().disbursements().forEach((d) -> transaction("3", d.money(), d.money().valueDate(), d.provider()));
	}

	private void transaction(String type, Money money, LocalDate day, String provider) {
		if (day == null || day.isAfter(this.today)) {
			return;
		}
		this.xml.start("transaction");
		this.xml.start("transaction-type").attr("code", type).end();
		this.xml.start("transaction-date").attr("iso-date", day).end();
		value(money, day);
		if (provider != null) {
			this.xml.start("provider-org").start("narrative").text(provider).end().end();
		}
		this.xml.end();
	}

	private void value(Money money, LocalDate day) {
		this.xml.start("value")
			.attr("currency", money.currency())
			.attr("value-date", day)
			.text(money.amount().toPlainString())
			.end();
	}

	private void code(String element, String code) {
		if (code != null) {
			this.xml.start(element).attr("code", code).end();
		}
	}

}
