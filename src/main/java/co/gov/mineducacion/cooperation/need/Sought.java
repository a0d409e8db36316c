package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;

import co.gov.mineducacion.cooperation.shared.text.Bilingual;

/**
 * What a need seeks: an exact amount in an ISO 4217 currency, or a count of something
 * with its unit in both languages ("20 tutores" / "20 tutors").
 *
 * @param amount the amount, or {@code null} for a count
 * @param currency the amount's currency, or {@code null} for a count
 * @param quantity the count, or {@code null} for an amount
 * @param unit the count's unit, or {@code null} for an amount
 */
record Sought(BigDecimal amount, String currency, Long quantity, Bilingual unit) {

	Sought {
		boolean money = amount != null && amount.signum() > 0 && currency != null && quantity == null && unit == null;
		boolean count = amount == null && currency == null && quantity != null && quantity > 0 && unit != null
				&& present(unit.es()) && present(unit.en());
		if (!money && !count) {
			throw new IllegalArgumentException("A need seeks an amount with its currency or a count with its unit");
		}
	}

	static Sought amount(BigDecimal amount, String currency) {
		return new Sought(amount, currency, null, null);
	}

	static Sought count(long quantity, Bilingual unit) {
		return new Sought(null, null, quantity, unit);
	}

	boolean isAmount() {
		return this.amount != null;
	}

	/**
	 * The amount or the count, as a number.
	 */
	BigDecimal value() {
		return isAmount() ? this.amount : BigDecimal.valueOf(this.quantity);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
