package co.gov.mineducacion.cooperation.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import co.gov.mineducacion.cooperation.office.calendar.BusinessCalendar;

/**
 * How long the office has left to answer an offer: Ley 1755 de 2015 gives 15 business
 * days from its receipt, counted on Colombia's holiday calendar.
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

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	static ResponseClock of(Instant receivedAt, Instant now, BusinessCalendar calendar) {
		LocalDate received = receivedAt.atZone(BOGOTA).toLocalDate();
		LocalDate today = now.atZone(BOGOTA).toLocalDate();
		LocalDate due = calendar.plusBusinessDays(received, LEGAL_BUSINESS_DAYS);
		int left = today.isAfter(due) ? -calendar.businessDaysBetween(due, today)
				: calendar.businessDaysBetween(today, due);
		String state = (left < 0) ? "OVERDUE" : (left <= DUE_SOON) ? "DUE_SOON" : "ON_TIME";
		return new ResponseClock(due, left, state);
	}

}
