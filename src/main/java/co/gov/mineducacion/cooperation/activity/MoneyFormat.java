package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.gov.mineducacion.cooperation.shared.text.Languages;

/**
 * Amounts as visitors read them and sums that never mix currencies. In Spanish the
 * Colombian way ({@code $ 1.234.567} for pesos, the code for any other currency:
 * {@code USD 1.234.567,50}); in English the code first ({@code COP 1,234,567}). Cents are
 * shown only when there are some. Exact: {@link BigDecimal} from end to end.
 */
public final class MoneyFormat {

	private static final String PESO = "COP";

	private MoneyFormat() {
	}

	public static String format(BigDecimal amount, String currency, Locale locale) {
		Locale language = Languages.closestTo(locale);
		boolean spanish = !Languages.isEnglish(language);
		DecimalFormatSymbols symbols = DecimalFormatSymbols
			.getInstance(spanish ? Locale.forLanguageTag("es-CO") : Locale.US);
		symbols.setGroupingSeparator(spanish ? '.' : ',');
		symbols.setDecimalSeparator(spanish ? ',' : '.');
		boolean cents = amount.stripTrailingZeros().scale() > 0;
		DecimalFormat number = new DecimalFormat(cents ? "#,##0.00" : "#,##0", symbols);
		number.setParseBigDecimal(true);
		String prefix = (spanish && PESO.equals(currency)) ? "$" : currency;
		return prefix + "\u00a0" + number.format(amount);
	}

	public static String format(Money money, Locale locale) {
		return format(money.amount(), money.currency(), locale);
	}

	/**
	 * The amounts summed per currency, currencies in alphabetical order.
	 */
	public static Map<String, BigDecimal> totals(Collection<Money> amounts) {
		Map<String, BigDecimal> totals = new TreeMap<>();
		amounts.forEach((m) -> totals.merge(m.currency(), m.amount(), BigDecimal::add));
		return totals;
	}

}
