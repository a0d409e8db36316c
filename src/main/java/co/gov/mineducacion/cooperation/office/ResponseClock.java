package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;

/**
 * How long the office has left to answer an offer: Ley 1755 de 2015 gives 15 business
 * days from the day the clock started (the offer's receipt, or the submitter's answer to
 * a request for information), counted on Colombia's holiday calendar.
 *
 * @param due the last business day to answer
 * @param daysLeft business days left until {@code due} (0 on the day, negative when
 * overdue)
 * @param state {@code OVERDUE}, {@code DUE_SOON} (3 business days or fewer) or
 * {@code ON_TIME}
 */
record ResponseClock(LocalDate due, int daysLeft, String state) {

	static final int LEGAL_BUSINESS_DAYS = 15;

	static final int DUE_SOON = 3;

	static ResponseClock of(Instant startedAt, Instant now, BusinessCalendar calendar) {
		LocalDate due = dueDate(startedAt, calendar);
		LocalDate today = now.atZone(Colombia.TIME_ZONE).toLocalDate();
		int left = calendar.businessDaysLeft(today, due);
		String state = (left < 0) ? "OVERDUE" : (left <= DUE_SOON) ? "DUE_SOON" : "ON_TIME";
		return new ResponseClock(due, left, state);
	}

	static LocalDate dueDate(Instant startedAt, BusinessCalendar calendar) {
		return calendar.plusBusinessDays(startedAt.atZone(Colombia.TIME_ZONE).toLocalDate(), LEGAL_BUSINESS_DAYS);
	}

	/**
	 * The earliest instant a clock may start and still be due on or after {@code due}:
	 * clocks started before it were due earlier. The due date never decreases as the
	 * start moves later, so "due before a date" is "started before an instant", which SQL
	 * can filter and an index can serve.
	 */
	static Instant earliestStartDueOnOrAfter(LocalDate due, BusinessCalendar calendar) {
		LocalDate businessDay = due;
		while (!calendar.isBusinessDay(businessDay)) {
			businessDay = businessDay.plusDays(1);
		}
		return calendar.plusBusinessDays(businessDay, -LEGAL_BUSINESS_DAYS)
			.atStartOfDay(Colombia.TIME_ZONE)
			.toInstant();
	}

	/**
	 * The business days left, or past the due date when overdue, without sign.
	 */
	public int businessDays() {
		return Math.abs(this.daysLeft);
	}

}
