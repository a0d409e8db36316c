package co.gov.mineducacion.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Amounts are exact, shown the reader's way and summed per currency, never converted.
 */
class MoneyFormatTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es-CO");

	@Test
	void showsPesosTheColombianWayInSpanishAndWithTheCodeInEnglish() {
		BigDecimal amount = new BigDecimal("1234567");
		assertThat(MoneyFormat.format(amount, "COP", SPANISH)).isEqualTo("$\u00a01.234.567");
		assertThat(MoneyFormat.format(amount, "COP", Locale.ENGLISH)).isEqualTo("COP\u00a01,234,567");
	}

	@Test
	void namesEveryOtherCurrencyByItsCodeAndShowsCentsOnlyWhenThereAreSome() {
		assertThat(MoneyFormat.format(new BigDecimal("250000.50"), "USD", SPANISH)).isEqualTo("USD\u00a0250.000,50");
		assertThat(MoneyFormat.format(new BigDecimal("250000.50"), "USD", Locale.ENGLISH))
			.isEqualTo("USD\u00a0250,000.50");
		assertThat(MoneyFormat.format(new BigDecimal("250000.00"), "EUR", Locale.ENGLISH))
			.isEqualTo("EUR\u00a0250,000");
	}

	@Test
	void keepsEveryDigitOfLargeAmounts() {
		assertThat(MoneyFormat.format(new BigDecimal("9999999999999999.99"), "COP", Locale.ENGLISH))
			.isEqualTo("COP\u00a09,999,999,999,999,999.99");
	}

	@Test
	void sumsPerCurrencyWithoutConvertingOrRounding() {
		List<Money> amounts = List.of(money("0.10", "USD"), money("0.20", "USD"), money("1000000", "COP"),
				money("0.01", "COP"), money("5", "EUR"));
		assertThat(MoneyFormat.totals(amounts)).containsExactly(
				java.util.Map.entry("COP", new BigDecimal("1000000.01")),
				java.util.Map.entry("EUR", new BigDecimal("5")), java.util.Map.entry("USD", new BigDecimal("0.30")));
		// What floating point would get wrong: 0.1 + 0.2 is not 0.3 in binary.
		assertThat(0.1 + 0.2).isNotEqualTo(0.3);
		assertThat(MoneyFormat.totals(amounts).get("USD")).isEqualByComparingTo("0.3");
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> money("-1", "COP"));
	}

	@Test
	void readsOnlyUngroupedAmountsSoThatNoneIsMisread() {
		assertThat(FundingText.amountProblem("1500000.50")).isNull();
		assertThat(FundingText.amountProblem("-5")).isEqualTo("NegativeAmount");
		assertThat(FundingText.amountProblem("1.500.000")).isEqualTo("InvalidAmount");
		assertThat(FundingText.amountProblem("1,5")).isEqualTo("InvalidAmount");
		assertThat(FundingText.amount("0.1").add(FundingText.amount("0.2"))).isEqualByComparingTo("0.3");
	}

	@Test
	void readsAFundersCommitmentAndADisbursementLine() {
		assertThat(FundingText.funder("Fundación Ejemplo | usd 1500000.00 2021-02-15").commitment())
			.isEqualTo(new Money(new BigDecimal("1500000"), "USD", LocalDate.of(2021, 2, 15)));
		assertThat(FundingText.funder("Fundación Ejemplo").commitment()).isNull();
		ActivityDraft.DisbursementEntry entry = FundingText.disbursement("2024-03-15 COP 250000.25 Banco Uno");
		assertThat(entry.money()).isEqualTo(new Money(new BigDecimal("250000.25"), "COP", LocalDate.of(2024, 3, 15)));
		assertThat(entry.provider()).isEqualTo("Banco Uno");
	}

	private static Money money(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency, LocalDate.of(2025, 1, 1));
	}

}
