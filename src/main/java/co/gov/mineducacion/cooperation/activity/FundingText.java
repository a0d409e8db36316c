package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.gov.mineducacion.cooperation.activity.ActivityDraft.DisbursementEntry;
import co.gov.mineducacion.cooperation.activity.ActivityDraft.OrganisationEntry;

/**
 * Reads money as staff type it: an amount is digits with, at most, two decimals after a
 * point ({@code 1500000.50}), never grouped, so that {@code 1.500} cannot be misread; a
 * currency is a 3-letter ISO 4217 code. A funder's line may end with its commitment
 * ("Fundación X | USD 1500000.00", optionally followed by the day), a disbursement line
 * is "2024-03-15 USD 250000.00 Provider" (the provider optional).
 */
final class FundingText {

	static final Pattern AMOUNT = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");

	private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d{1,16}(\\.\\d{1,2})?");

	private static final Pattern COMMITMENT = Pattern
		.compile("([A-Za-z]{3})\\s+(-?\\s*[0-9.,]+)(?:\\s+(\\d{4}-\\d{2}-\\d{2}))?");

	private static final Pattern DISBURSEMENT = Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})\\s+([A-Za-z]{3})\\s+(-?\\s*[0-9.,]+)(?:\\s+(\\S.{0,199}))?");

	private FundingText() {
	}

	/**
	 * What is wrong with a typed amount: {@code null} when it is fine (or empty),
	 * otherwise the message code {@code NegativeAmount} or {@code InvalidAmount}.
	 */
	static String amountProblem(String text) {
		if (text == null || AMOUNT.matcher(text).matches()) {
			return null;
		}
		return NEGATIVE.matcher(text).matches() ? "NegativeAmount" : "InvalidAmount";
	}

	static BigDecimal amount(String text) {
		return new BigDecimal(text);
	}

	static String currency(String text) {
		return (text == null) ? null : text.toUpperCase(Locale.ROOT);
	}

	static LocalDate day(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * A money field's three parts as a value, or {@code null} when the amount is empty.
	 */
	static Money money(String amount, String currency, String date) {
		return (amount == null) ? null : new Money(amount(amount), currency(currency), day(date));
	}

	/**
	 * A funder's line, its commitment read if it has one.
	 */
	static OrganisationEntry funder(String line) {
		int bar = line.lastIndexOf('|');
		if (bar < 0) {
			return new OrganisationEntry(OrganisationRole.FUNDER, line);
		}
		Matcher m = COMMITMENT.matcher(line.substring(bar + 1).strip());
		m.matches();
		return new OrganisationEntry(OrganisationRole.FUNDER, line.substring(0, bar).strip(),
				new Money(amount(m.group(2)), currency(m.group(1)), day(m.group(3))));
	}

	/**
	 * The parts of a funder's commitment (currency, amount, day), or {@code null} when
	 * the line has none; a line whose commitment is malformed gives an empty array.
	 */
	static String[] commitmentParts(String line) {
		int bar = line.lastIndexOf('|');
		if (bar < 0) {
			return null;
		}
		Matcher m = COMMITMENT.matcher(line.substring(bar + 1).strip());
		if (line.substring(0, bar).isBlank() || !m.matches() || (m.group(3) != null && day(m.group(3)) == null)) {
			return new String[0];
		}
		return new String[] { m.group(1), m.group(2), m.group(3) };
	}

	/**
	 * The parts of a disbursement line (day, currency, amount), or an empty array when
	 * malformed.
	 */
	static String[] disbursementParts(String line) {
		Matcher m = DISBURSEMENT.matcher(line);
		if (!m.matches() || day(m.group(1)) == null) {
			return new String[0];
		}
		return new String[] { m.group(1), m.group(2), m.group(3) };
	}

	static DisbursementEntry disbursement(String line) {
		Matcher m = DISBURSEMENT.matcher(line);
		m.matches();
		return new DisbursementEntry(new Money(amount(m.group(3)), currency(m.group(2)), day(m.group(1))), m.group(4));
	}

}
