package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.offer.LegalTerms;
import co.gov.mineducacion.cooperation.shared.PortalProperties;

import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseClockTests {

	private final BusinessCalendar calendar = new BusinessCalendar();

	private final LegalTerms terms = new LegalTerms(this.calendar,
			new PortalProperties.Terms(15, 2, 1, 1, 5, "0 30 0 * * *"));

	// Received on Friday 27 March 2026 in Bogotá; Holy Thursday and Good Friday (2 and 3
	// April) are holidays.
	private final Instant received = Instant.parse("2026-03-27T15:00:00Z");

	@Test
	void givesFifteenBusinessDaysSkippingHolyWeek() {
		ResponseClock clock = clock(this.received, Instant.parse("2026-03-30T15:00:00Z"));
		assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 4, 21));
		assertThat(clock.state()).isEqualTo("ON_TIME");
	}

	@Test
	void givesFiveBusinessDaysToForwardSkippingSanJoseAndHolyWeek2027() {
		// Friday 19 March 2027: Monday 22 (San José), Thursday 25 and Friday 26 March are
		// holidays.
		assertThat(this.terms.forwardingDue(Instant.parse("2027-03-19T15:00:00Z")))
			.isEqualTo(LocalDate.of(2027, 3, 31));
		// Wednesday 24 March 2027: without Holy Week it would be 31 March.
		assertThat(this.terms.forwardingDue(Instant.parse("2027-03-24T15:00:00Z"))).isEqualTo(LocalDate.of(2027, 4, 2));
		// Late evening in Bogotá is already the next day in UTC: the day is Bogotá's.
		assertThat(this.terms.forwardingDue(Instant.parse("2027-03-24T04:30:00Z"))).isEqualTo(LocalDate.of(2027, 4, 1));
	}

	@Test
	void warnsWithinThreeBusinessDaysOfTheDueDate() {
		ResponseClock clock = clock(this.received, Instant.parse("2026-04-16T15:00:00Z"));
		assertThat(clock.daysLeft()).isEqualTo(3);
		assertThat(clock.state()).isEqualTo("DUE_SOON");
	}

	@Test
	void marksOverdueOffers() {
		ResponseClock clock = clock(this.received, Instant.parse("2026-04-23T15:00:00Z"));
		assertThat(clock.daysLeft()).isEqualTo(-2);
		assertThat(clock.state()).isEqualTo("OVERDUE");
	}

	@Test
	void usesBogotaDatesNotUtcDates() {
		// 02:00 UTC on 28 March is still 27 March in Bogotá.
		ResponseClock clock = clock(Instant.parse("2026-03-28T02:00:00Z"), Instant.parse("2026-03-30T15:00:00Z"));
		assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 4, 21));
	}

	@Test
	void turnsDueDatesIntoClockStartsForEveryDayOfTwoYears() {
		// Brute force over holidays, bridges and weekends: "started before the instant"
		// is exactly "due before the date".
		java.time.ZoneId bogota = java.time.ZoneId.of("America/Bogota");
		for (LocalDate due = LocalDate.of(2025, 12, 1); due
			.isBefore(LocalDate.of(2027, 12, 31)); due = due.plusDays(1)) {
			Instant threshold = this.terms.earliestStartDueOnOrAfter(due);
			Instant lastBefore = threshold.minusSeconds(1);
			assertThat(this.terms.originalAnswerDue(threshold)).as("due %s", due).isAfterOrEqualTo(due);
			assertThat(this.terms.originalAnswerDue(lastBefore)).as("due %s", due).isBefore(due);
			assertThat(threshold.atZone(bogota).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
		}
	}

	@Test
	void countsBusinessDaysWithoutSignForPeople() {
		ResponseClock overdue = clock(this.received, Instant.parse("2026-04-23T15:00:00Z"));
		assertThat(overdue.businessDays()).isEqualTo(2);
	}

	@Test
	void countsFromTheExtendedDateOnceTheOfficeGaveNoticeOfOne() {
		LocalDate extended = LocalDate.of(2026, 5, 12);
		ResponseClock clock = ResponseClock.of(this.terms.answerDue(this.received, extended), true,
				Instant.parse("2026-04-23T15:00:00Z"), this.calendar);
		assertThat(clock.due()).isEqualTo(extended);
		assertThat(clock.state()).isEqualTo("ON_TIME");
		assertThat(clock.extended()).isTrue();
	}

	private ResponseClock clock(Instant started, Instant now) {
		return ResponseClock.of(this.terms.answerDue(started, null), false, now, this.calendar);
	}

}
