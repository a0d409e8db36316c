package co.gov.mineducacion.cooperation.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.calendar.ColombianHolidays.Holiday;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColombianHolidaysTests {

	@Test
	void lists2025HolidaysAsTheOfficialCalendar() {
		assertThat(ColombianHolidays.of(2025)).containsExactly(date("2025-01-01"), date("2025-01-06"),
				date("2025-03-24"), date("2025-04-17"), date("2025-04-18"), date("2025-05-01"), date("2025-06-02"),
				date("2025-06-23"), date("2025-06-30"), date("2025-07-20"), date("2025-08-07"), date("2025-08-18"),
				date("2025-10-13"), date("2025-11-03"), date("2025-11-17"), date("2025-12-08"), date("2025-12-25"));
	}

	@Test
	void observesSagradoCorazonAndSanPedroOnTheSameMondayIn2025() {
		assertThat(ColombianHolidays.holidays(2025)).hasSize(18);
		assertThat(ColombianHolidays.of(2025)).hasSize(17);
		assertThat(ColombianHolidays.holidays(2025)).filteredOn((holiday) -> holiday.date().equals(date("2025-06-30")))
			.extracting(Holiday::name)
			.containsExactlyInAnyOrder("Sagrado Corazón de Jesús", "San Pedro y San Pablo");
		assertThat(ColombianHolidays.named(2025)).containsEntry(date("2025-06-30"),
				"San Pedro y San Pablo y Sagrado Corazón de Jesús");
	}

	@Test
	void lists2026HolidaysAsTheOfficialCalendar() {
		assertThat(ColombianHolidays.of(2026)).containsExactly(date("2026-01-01"), date("2026-01-12"),
				date("2026-03-23"), date("2026-04-02"), date("2026-04-03"), date("2026-05-01"), date("2026-05-18"),
				date("2026-06-08"), date("2026-06-15"), date("2026-06-29"), date("2026-07-20"), date("2026-08-07"),
				date("2026-08-17"), date("2026-10-12"), date("2026-11-02"), date("2026-11-16"), date("2026-12-08"),
				date("2026-12-25"));
		assertThat(ColombianHolidays.holidays(2026)).hasSize(18);
	}

	@Test
	void namesEachHolidayInSpanish() {
		assertThat(ColombianHolidays.named(2026)).hasSize(18)
			.containsEntry(date("2026-01-01"), "Año Nuevo")
			.containsEntry(date("2026-01-12"), "Día de los Reyes Magos")
			.containsEntry(date("2026-04-03"), "Viernes Santo")
			.containsEntry(date("2026-05-18"), "Ascensión del Señor")
			.containsEntry(date("2026-06-08"), "Corpus Christi")
			.containsEntry(date("2026-06-15"), "Sagrado Corazón de Jesús")
			.containsEntry(date("2026-11-16"), "Independencia de Cartagena");
	}

	@Test
	void computesEasterSundayOfKnownYears() {
		assertThat(ColombianHolidays.easterSunday(2024)).isEqualTo("2024-03-31");
		assertThat(ColombianHolidays.easterSunday(2025)).isEqualTo("2025-04-20");
		assertThat(ColombianHolidays.easterSunday(2026)).isEqualTo("2026-04-05");
		assertThat(ColombianHolidays.easterSunday(2027)).isEqualTo("2027-03-28");
		assertThat(ColombianHolidays.easterSunday(2030)).isEqualTo("2030-04-21");
	}

	@Test
	void computesTheEarliestAndLatestPossibleEasters() {
		assertThat(ColombianHolidays.easterSunday(2285)).isEqualTo("2285-03-22");
		assertThat(ColombianHolidays.easterSunday(2038)).isEqualTo("2038-04-25");
	}

	@Test
	void movesSanJoseToTheFollowingMonday() {
		assertThat(ColombianHolidays.named(2025)).containsEntry(date("2025-03-24"), "Día de San José")
			.doesNotContainKey(date("2025-03-19"));
	}

	@Test
	void keepsAMovableHolidayThatAlreadyFallsOnAMonday() {
		assertThat(ColombianHolidays.named(2025)).containsEntry(date("2025-01-06"), "Día de los Reyes Magos");
		assertThat(ColombianHolidays.named(2026)).containsEntry(date("2026-10-12"), "Día de la Raza");
	}

	@Test
	void neverMovesFixedHolidaysEvenOnAWeekend() {
		assertThat(date("2025-07-20").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(ColombianHolidays.of(2025)).contains(date("2025-07-20")).doesNotContain(date("2025-07-21"));
	}

	@Test
	void keepsHolyThursdayAndGoodFridayBeforeEaster() {
		for (int year = 2000; year <= 2100; year++) {
			LocalDate easter = ColombianHolidays.easterSunday(year);
			assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
			assertThat(ColombianHolidays.of(year)).contains(easter.minusDays(3), easter.minusDays(2),
					easter.plusDays(43), easter.plusDays(64), easter.plusDays(71));
		}
	}

	@Test
	void observesEveryMovableHolidayOnAMonday() {
		for (int year = 2000; year <= 2100; year++) {
			assertThat(ColombianHolidays.holidays(year)).hasSize(18)
				.filteredOn((holiday) -> !holiday.name().endsWith("Santo"))
				.filteredOn((holiday) -> holiday.date().getDayOfWeek() != DayOfWeek.MONDAY)
				.extracting(Holiday::name)
				.allMatch((name) -> name.equals("Año Nuevo") || name.equals("Día del Trabajo")
						|| name.equals("Día de la Independencia") || name.equals("Batalla de Boyacá")
						|| name.equals("Inmaculada Concepción") || name.equals("Navidad"));
		}
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
