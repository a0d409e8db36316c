package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.time.LocalDate;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The terms of Ley 1755 de 2015, computed once for everyone who shows or checks them (the
 * offer page, the queue, the reminders, the dashboard, the status page, the tacit
 * withdrawal job): the answer term (art. 14), how far it may be extended (art. 14,
 * parágrafo) and the term to forward an offer the Ministry is not competent for (art.
 * 21), in business days on Colombia's calendar, and the submitter's term to answer a
 * request for information (art. 17), in calendar months, from the settings
 * {@code portal.terms.*}.
 */
@Component
public class LegalTerms {

	private final BusinessCalendar calendar;

	private final PortalProperties.Terms terms;

	@Autowired
	public LegalTerms(BusinessCalendar calendar, PortalProperties properties) {
		this.calendar = calendar;
		this.terms = properties.terms();
	}

	public LegalTerms(BusinessCalendar calendar, PortalProperties.Terms terms) {
		this.calendar = calendar;
		this.terms = terms;
	}

	/**
	 * The last business day to answer: the extended date when the office gave notice of
	 * one, otherwise the answer term counted from the day the clock started.
	 */
	public LocalDate answerDue(Instant clockStartedAt, LocalDate extendedUntil) {
		return (extendedUntil != null) ? extendedUntil : originalAnswerDue(clockStartedAt);
	}

	/**
	 * The answer term counted from the day the clock started, before any extension.
	 */
	public LocalDate originalAnswerDue(Instant clockStartedAt) {
		return this.calendar.plusBusinessDays(day(clockStartedAt), this.terms.answerBusinessDays());
	}

	/**
	 * The latest date an extension may name: the answer term times the allowed factor,
	 * counted from the day the clock started.
	 */
	public LocalDate extensionLimit(Instant clockStartedAt) {
		return this.calendar.plusBusinessDays(day(clockStartedAt),
				this.terms.answerBusinessDays() * this.terms.extensionMaxFactor());
	}

	/**
	 * The last business day to forward the offer to the competent entity when the
	 * Ministry is not competent, counted from the day the clock started.
	 */
	public LocalDate forwardingDue(Instant clockStartedAt) {
		return this.calendar.plusBusinessDays(day(clockStartedAt), this.terms.forwardingBusinessDays());
	}

	/**
	 * Whether an offer whose clock started at {@code clockStartedAt} is forwarded late on
	 * {@code today}: after its forwarding due date, never on it.
	 */
	public boolean isForwardingLate(Instant clockStartedAt, LocalDate today) {
		return today.isAfter(forwardingDue(clockStartedAt));
	}

	/**
	 * The earliest instant a clock may start and still be due on or after {@code due}
	 * without an extension: clocks started before it were due earlier. The due date never
	 * decreases as the start moves later, so "due before a date" is "started before an
	 * instant", which SQL can filter and an index can serve.
	 */
	public Instant earliestStartDueOnOrAfter(LocalDate due) {
		return this.calendar.plusBusinessDays(this.calendar.businessDayOnOrAfter(due), -this.terms.answerBusinessDays())
			.atStartOfDay(Colombia.TIME_ZONE)
			.toInstant();
	}

	/**
	 * The last day the submitter may answer a request for information made at
	 * {@code requestedAt}: the request day plus the term in calendar months (art. 17: "un
	 * (1) mes"), plus the extension when they asked for it. A term that ends on a weekend
	 * or a holiday ends on the next business day (Código General del Proceso, art. 118;
	 * Ley 4 de 1913, art. 62). The offer is taken as withdrawn only the day after.
	 */
	public LocalDate informationDue(Instant requestedAt, boolean extended) {
		int months = this.terms.informationMonths() + (extended ? this.terms.informationExtensionMonths() : 0);
		return this.calendar.businessDayOnOrAfter(day(requestedAt).plusMonths(months));
	}

	/**
	 * Whether an offer waiting for the submitter since {@code requestedAt} is taken as
	 * withdrawn on {@code today}: only after its due date, never on it.
	 */
	public boolean isInformationOverdue(Instant requestedAt, boolean extended, LocalDate today) {
		return today.isAfter(informationDue(requestedAt, extended));
	}

	/**
	 * An instant such that no request for information made at or after it is overdue on
	 * {@code today}, extended or not: the due date never decreases as the request moves
	 * later, so "overdue" is within "requested before this instant", which SQL can filter
	 * and an index can serve; {@link #isInformationOverdue} then decides exactly.
	 */
	public Instant informationRequestsOverdueBefore(LocalDate today) {
		// A month back and one day on: a day of the request at or after it plus the
		// months is never before today, even where a shorter month clips the date.
		return today.minusMonths(this.terms.informationMonths())
			.plusDays(1)
			.atStartOfDay(Colombia.TIME_ZONE)
			.toInstant();
	}

	/**
	 * Whether the submitter may ask once for more time to answer (0 turns it off).
	 */
	public boolean informationExtensionAllowed() {
		return this.terms.informationExtensionMonths() > 0;
	}

	public int answerBusinessDays() {
		return this.terms.answerBusinessDays();
	}

	public BusinessCalendar calendar() {
		return this.calendar;
	}

	static LocalDate day(Instant instant) {
		return instant.atZone(Colombia.TIME_ZONE).toLocalDate();
	}

}
