package co.gov.mineducacion.cooperation.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.offer.queue.OfferQueue;
import co.gov.mineducacion.cooperation.offer.LegalTerms;
import co.gov.mineducacion.cooperation.offer.OfferStatus;
import co.gov.mineducacion.cooperation.offer.queue.QueueFilter;
import co.gov.mineducacion.cooperation.offer.queue.QueueRow;
import co.gov.mineducacion.cooperation.offer.queue.QueueSort;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.PortalProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds staff of the offers whose legal answer is due within
 * {@code portal.reminders.business-days-ahead} business days (3 by default) or overdue:
 * one email per person listing their offers, to the assignee, or to the office's mailbox
 * for offers assigned to nobody. Each offer is reminded of once per due date, whichever
 * instance runs and however often: the reminder is recorded in the transaction that
 * queues its email.
 */
@Service
class DeadlineReminders {

	private final OfferQueue offers;

	private final DeadlineReminderLog log;

	private final DeadlineReminderMails mails;

	private final Clock clock;

	private final int businessDaysAhead;

	private final BusinessCalendar calendar;

	private final LegalTerms terms;

	DeadlineReminders(OfferQueue offers, DeadlineReminderLog log, DeadlineReminderMails mails, Clock clock,
			PortalProperties properties, LegalTerms terms) {
		this.terms = terms;
		this.calendar = terms.calendar();
		this.offers = offers;
		this.log = log;
		this.mails = mails;
		this.clock = clock;
		this.businessDaysAhead = properties.reminders().businessDaysAhead();
	}

	/**
	 * Queues today's reminders, none on a weekend or holiday; returns how many emails.
	 */
	@Transactional
	int sendDue() {
		LocalDate today = LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE));
		if (!this.calendar.isBusinessDay(today)) {
			return 0;
		}
		LocalDate latestDue = this.calendar.plusBusinessDays(today, this.businessDaysAhead);
		Map<Long, List<DueOffer>> byAssignee = new LinkedHashMap<>();
		for (QueueRow row : awaitingAnswerDueBy(latestDue)) {
			LocalDate due = this.terms.answerDue(row.responseClockStartedAt(), row.responseExtendedUntil());
			if (!due.isAfter(latestDue) && this.log.record(row.trackingCode(), due)) {
				byAssignee.computeIfAbsent(row.assigneeId(), (id) -> new ArrayList<>())
					.add(new DueOffer(row.trackingCode(), row.title(), due,
							this.calendar.businessDaysLeft(today, due)));
			}
		}
		byAssignee.forEach(this.mails::send);
		return byAssignee.size();
	}

	/**
	 * Offers whose clock runs and is due on {@code latestDue} or earlier, most urgent
	 * first (the queue's own filter, which an index serves).
	 */
	private List<QueueRow> awaitingAnswerDueBy(LocalDate latestDue) {
		QueueFilter filter = new QueueFilter(null, null, null, null, null, null, false, null, false, null, null, null,
				this.terms.earliestStartDueOnOrAfter(latestDue.plusDays(1)), null, null, latestDue.plusDays(1), null);
		List<QueueRow> rows = new ArrayList<>();
		this.offers.export(filter, QueueSort.CLOCK, false, (row) -> {
			if (row.responseClockStartedAt() != null
					&& (row.status() == OfferStatus.RECEIVED || row.status() == OfferStatus.IN_REVIEW)) {
				rows.add(row);
			}
		});
		return rows;
	}

	/**
	 * An offer a reminder lists.
	 *
	 * @param daysLeft business days left (0 on the day, negative when overdue)
	 */
	record DueOffer(String trackingCode, String title, LocalDate due, int daysLeft) {
	}

}
