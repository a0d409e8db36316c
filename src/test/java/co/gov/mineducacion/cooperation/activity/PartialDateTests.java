package co.gov.mineducacion.cooperation.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PartialDateTests {

	@Test
	void aMonthCoversItsFirstToItsLastDay() {
		PartialDate february = PartialDate.parse("2026-02");
		assertThat(february.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(february.firstDay()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(february.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(PartialDate.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(february.iso()).isEqualTo("2026-02");
	}

	@Test
	void aDayIsItsOwnFirstAndLastDay() {
		PartialDate day = PartialDate.parse(" 2021-02-15 ");
		assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(day.firstDay()).isEqualTo(day.lastDay()).isEqualTo(LocalDate.of(2021, 2, 15));
		assertThat(day.iso()).isEqualTo("2021-02-15");
	}

	@Test
	void readsInWordsInEachLanguage() {
		assertThat(PartialDate.parse("2021-02").format(Locale.forLanguageTag("es"))).isEqualTo("febrero de 2021");
		assertThat(PartialDate.parse("2021-02").format(Locale.ENGLISH)).isEqualTo("February 2021");
		assertThat(PartialDate.parse("2026-02-28").format(Locale.forLanguageTag("es-CO")))
			.isEqualTo("28 de febrero de 2026");
		assertThat(PartialDate.parse("2026-02-28").format(Locale.ENGLISH)).isEqualTo("28 February 2026");
	}

	@Test
	void refusesWhatIsNotAMonthOrADay() {
		assertThat(PartialDate.parse("  ")).isNull();
		for (String text : new String[] { "2026", "2026-13", "2026-02-30", "febrero 2026", "2026-2" }) {
			assertThat(PartialDate.isValid(text)).as(text).isFalse();
			assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.parse(text));
		}
	}

	@Test
	void aMonthIsStoredAsItsFirstDay() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new PartialDate(LocalDate.of(2026, 2, 15), DatePrecision.MONTH));
	}

}
