package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.notification.MailOutbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails the submitter what happened to their offer: the confirmation of a filed offer,
 * each move its transition says they hear of, the office's notice of a late answer, and
 * the forwarding of their offer to the competent entity (which the entity is sent too),
 * and the new date after they asked for more time to answer the office. The email is
 * queued just before the offer's transaction commits, in that transaction: both are kept,
 * or neither. A person who gave the office no email address (an offer taken by phone, in
 * person or by post) hears from the office by phone or by post instead.
 */
@Component
class SubmitterEmails {

	private final MailOutbox outbox;

	private final OfferMails mails;

	private final CompetentEntityMails entityMails;

	SubmitterEmails(MailOutbox outbox, OfferMails mails, CompetentEntityMails entityMails) {
		this.outbox = outbox;
		this.mails = mails;
		this.entityMails = entityMails;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void received(OfferReceived event) {
		if (!event.offer().hasEmail()) {
			return;
		}
		this.outbox.enqueue(this.mails.received(event.offer()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void moved(OfferMoved event) {
		if (event.transition().isEmailed() && event.offer().hasEmail()) {
			this.outbox.enqueue(this.mails.statusChanged(event.offer(), event.subject()));
		}
	}

	/**
	 * The submitter hears to whom their offer went (when they gave an email address); the
	 * entity receives the offer's content.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void forwarded(OfferForwarded event) {
		if (event.offer().hasEmail()) {
			this.outbox.enqueue(this.mails.forwarded(event.offer(), event.forwarding()));
		}
		this.outbox.enqueue(this.entityMails.forwarded(event.offer(), event.forwarding()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void informationTermExtended(InformationTermExtended event) {
		if (event.offer().hasEmail()) {
			this.outbox.enqueue(this.mails.informationExtended(event.offer(), event.until()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void termExtended(TermExtended event) {
		this.outbox.enqueue(this.mails.termExtended(event.offer(), event.until(), event.reason()));
	}

}
