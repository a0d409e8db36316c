package co.gov.mineducacion.cooperation.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.FirstAnswers;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseTimesTests {

	final BusinessCalendar calendar = new BusinessCalendar();

	// Monday 2 March 2026: no holiday in the three weeks after it.
	final LocalDate monday = LocalDate.of(2026, 3, 2);

	@Test
	void takesTheMedianInBusinessDaysAndTheShareWithinFifteen() {
		ResponseTimes times = ResponseTimes
			.of(List.of(answered(2, 1), answered(4, 2), answered(16, 1), answered(20, 1)), this.calendar);
		assertThat(times.answered().shown()).isEqualTo(5);
		assertThat(times.medianBusinessDays()).isEqualByComparingTo("4");
		assertThat(times.withinTermPercent()).isEqualTo(60);
	}

	@Test
	void averagesTheTwoMiddleOffersOfAnEvenCount() {
		ResponseTimes times = ResponseTimes.of(List.of(answered(1, 3), answered(15, 1), answered(16, 2)),
				this.calendar);
		assertThat(times.medianBusinessDays()).isEqualTo(new BigDecimal("8.0"));
		assertThat(times.withinTermPercent()).isEqualTo(67);
	}

	@Test
	void countsWeekendsAndHolidaysOut() {
		// Received on Friday 20 March 2026, answered on Tuesday 24 March: Monday 23 is
		// Saint Joseph's holiday, so one business day.
		LocalDate friday = LocalDate.of(2026, 3, 20);
		ResponseTimes times = ResponseTimes.of(List.of(new FirstAnswers(friday, friday.plusDays(4), 5)), this.calendar);
		assertThat(times.medianBusinessDays()).isEqualByComparingTo("1");
	}

	@Test
	void saysNothingAboutFewerThanFiveAnswers() {
		ResponseTimes times = ResponseTimes.of(List.of(answered(3, 4)), this.calendar);
		assertThat(times.answered().suppressed()).isTrue();
		assertThat(times.medianBusinessDays()).isNull();
		assertThat(times.withinTermPercent()).isNull();
	}

	private FirstAnswers answered(int businessDays, long offers) {
		return new FirstAnswers(this.monday, this.calendar.plusBusinessDays(this.monday, businessDays), offers);
	}

}
