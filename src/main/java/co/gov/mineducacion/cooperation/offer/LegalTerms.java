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
 * offer page, the queue, the reminders, the dashboard, the status page): the answer term
 * (art. 14), how far it may be extended (art. 14, parágrafo) and the term to forward an
 * offer the Ministry is not competent for (art. 21), in business days on Colombia's
 * calendar, from the settings {@code portal.terms.*}.
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
	 * The earliest instant a clock may start and still be due on or after {@code due}
	 * without an extension: clocks started before it were due earlier. The due date never
	 * decreases as the start moves later, so "due before a date" is "started before an
	 * instant", which SQL can filter and an index can serve.
	 */
	public Instant earliestStartDueOnOrAfter(LocalDate due) {
		LocalDate businessDay = due;
		while (!this.calendar.isBusinessDay(businessDay)) {
			businessDay = businessDay.plusDays(1);
		}
		return this.calendar.plusBusinessDays(businessDay, -this.terms.answerBusinessDays())
			.atStartOfDay(Colombia.TIME_ZONE)
			.toInstant();
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
