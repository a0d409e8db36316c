package co.gov.mineducacion.cooperation.office;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;

/**
 * How long the office has left to answer an offer: Ley 1755 de 2015 gives 15 business
 * days (art. 14, {@code portal.terms.answer-business-days}) from the day the clock
 * started (the offer's receipt, or the submitter's answer to a request for information),
 * or until the later date the office gave notice of (art. 14, parágrafo), counted on
 * Colombia's holiday calendar ({@link co.gov.mineducacion.cooperation.offer.LegalTerms}).
 *
 * @param due the last business day to answer
 * @param daysLeft business days left until {@code due} (0 on the day, negative when
 * overdue)
 * @param state {@code OVERDUE}, {@code DUE_SOON} (3 business days or fewer) or
 * {@code ON_TIME}
 * @param extended whether {@code due} is a date the office extended the term to
 */
record ResponseClock(LocalDate due, int daysLeft, String state, boolean extended) {

	static final int DUE_SOON = 3;

	ResponseClock(LocalDate due, int daysLeft, String state) {
		this(due, daysLeft, state, false);
	}

	static ResponseClock of(LocalDate due, boolean extended, Instant now, BusinessCalendar calendar) {
		LocalDate today = now.atZone(Colombia.TIME_ZONE).toLocalDate();
		int left = calendar.businessDaysLeft(today, due);
		String state = (left < 0) ? "OVERDUE" : (left <= DUE_SOON) ? "DUE_SOON" : "ON_TIME";
		return new ResponseClock(due, left, state, extended);
	}

	/**
	 * The business days left, or past the due date when overdue, without sign.
	 */
	public int businessDays() {
		return Math.abs(this.daysLeft);
	}

}
