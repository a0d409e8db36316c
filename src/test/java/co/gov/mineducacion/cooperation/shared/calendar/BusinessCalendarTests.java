package co.gov.mineducacion.cooperation.shared.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTests {

	private final BusinessCalendar calendar = new BusinessCalendar();

	@Test
	void countsAWeekdayThatIsNoHolidayAsABusinessDay() {
		assertThat(this.calendar.isBusinessDay(date("2026-03-25"))).isTrue();
	}

	@Test
	void doesNotCountAHolidayAsABusinessDay() {
		assertThat(this.calendar.isBusinessDay(date("2026-04-03"))).isFalse();
		assertThat(this.calendar.isBusinessDay(date("2026-03-23"))).isFalse();
	}

	@Test
	void doesNotCountAWeekendAsABusinessDay() {
		assertThat(this.calendar.isBusinessDay(date("2026-03-28"))).isFalse();
		assertThat(this.calendar.isBusinessDay(date("2026-03-29"))).isFalse();
	}

	@Test
	void countsTheOriginalDateOfAMovedHolidayAsABusinessDay() {
		assertThat(this.calendar.isBusinessDay(date("2026-01-06"))).isTrue();
	}

	@Test
	void answersAPetitionFiledBeforeSemanaSantaFifteenBusinessDaysLater() {
		assertThat(this.calendar.plusBusinessDays(date("2026-03-27"), 15)).isEqualTo("2026-04-21");
		assertThat(this.calendar.plusBusinessDays(date("2025-04-14"), 15)).isEqualTo("2025-05-08");
	}

	@Test
	void skipsWeekendsWhenNoHolidayIsInTheWay() {
		assertThat(this.calendar.plusBusinessDays(date("2026-02-02"), 15)).isEqualTo("2026-02-23");
		assertThat(this.calendar.plusBusinessDays(date("2026-02-06"), 1)).isEqualTo("2026-02-09");
	}

	@Test
	void startsCountingOnTheNextBusinessDayWhenFiledOnAWeekend() {
		assertThat(this.calendar.plusBusinessDays(date("2026-03-28"), 1)).isEqualTo("2026-03-30");
	}

	@Test
	void crossesIntoTheNextYearSkippingNewYear() {
		assertThat(this.calendar.plusBusinessDays(date("2025-12-30"), 3)).isEqualTo("2026-01-05");
	}

	@Test
	void returnsTheStartForZeroDaysAndCountsBackForNegativeDays() {
		assertThat(this.calendar.plusBusinessDays(date("2026-03-28"), 0)).isEqualTo("2026-03-28");
		assertThat(this.calendar.plusBusinessDays(date("2026-04-06"), -2)).isEqualTo("2026-03-31");
	}

	@Test
	void countsBusinessDaysAfterTheStartUpToAndIncludingTheEnd() {
		assertThat(this.calendar.businessDaysBetween(date("2026-03-27"), date("2026-04-21"))).isEqualTo(15);
		assertThat(this.calendar.businessDaysBetween(date("2026-03-27"), date("2026-03-30"))).isEqualTo(1);
	}

	@Test
	void countsZeroWhenTheEndIsNotAfterTheStart() {
		assertThat(this.calendar.businessDaysBetween(date("2026-03-27"), date("2026-03-27"))).isZero();
		assertThat(this.calendar.businessDaysBetween(date("2026-04-21"), date("2026-03-27"))).isZero();
	}

	@Test
	void countsBackTheDaysItAdded() {
		LocalDate start = date("2025-01-01");
		for (int days = 0; days <= 300; days++) {
			assertThat(this.calendar.businessDaysBetween(start, this.calendar.plusBusinessDays(start, days)))
				.isEqualTo(days);
		}
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
