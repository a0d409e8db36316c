package co.gov.mineducacion.cooperation.offer;

import java.util.EnumSet;
import java.util.Set;

import static co.gov.mineducacion.cooperation.offer.OfferStatus.ACCEPTED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.CLOSED_AS_DUPLICATE;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.DECLINED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.FORWARDED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.IN_REVIEW;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.MORE_INFORMATION_REQUESTED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.RECEIVED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.TACITLY_WITHDRAWN;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.WITHDRAWN;

/**
 * The review workflow's state machine, written out: every move an offer can make, the
 * statuses it may start from, where it leads, what the history records, and whether the
 * submitter is emailed about it. Nothing else changes an offer's status.
 */
enum OfferTransition {

	START_REVIEW(IN_REVIEW, OfferEventKind.REVIEW_STARTED, false, EnumSet.of(RECEIVED)),

	REQUEST_INFORMATION(MORE_INFORMATION_REQUESTED, OfferEventKind.INFORMATION_REQUESTED, true, EnumSet.of(IN_REVIEW)),

	/**
	 * The submitter's answer: only an answer brings a waiting offer back to review.
	 */
	PROVIDE_INFORMATION(IN_REVIEW, OfferEventKind.INFORMATION_PROVIDED, false, EnumSet.of(MORE_INFORMATION_REQUESTED)),

	ACCEPT(ACCEPTED, OfferEventKind.ACCEPTED, true, EnumSet.of(IN_REVIEW)),

	DECLINE(DECLINED, OfferEventKind.DECLINED, true, EnumSet.of(IN_REVIEW)),

	WITHDRAW(WITHDRAWN, OfferEventKind.WITHDRAWN, true, EnumSet.of(RECEIVED, IN_REVIEW, MORE_INFORMATION_REQUESTED)),

	CLOSE_AS_DUPLICATE(CLOSED_AS_DUPLICATE, OfferEventKind.CLOSED_AS_DUPLICATE, true,
			EnumSet.of(RECEIVED, IN_REVIEW, MORE_INFORMATION_REQUESTED)),

	/**
	 * The Ministry is not competent: the office sends the offer to the entity that is
	 * (Ley 1755 de 2015, art. 21). Only while the office itself holds the petition: an
	 * offer waiting for the submitter's answer comes back to review first (the office
	 * asked for more because it was handling it; once answered it may still forward it).
	 * The submitter hears of it in an email of its own, which names the entity, not in
	 * the standard status email.
	 */
	FORWARD(FORWARDED, OfferEventKind.FORWARDED, false, EnumSet.of(RECEIVED, IN_REVIEW)),

	/**
	 * The portal's own move once the submitter's term to answer has passed (Ley 1755 de
	 * 2015, art. 17).
	 */
	WITHDRAW_TACITLY(TACITLY_WITHDRAWN, OfferEventKind.TACITLY_WITHDRAWN, true, EnumSet.of(MORE_INFORMATION_REQUESTED));

	private final OfferStatus target;

	private final OfferEventKind recordedAs;

	private final boolean emailed;

	private final Set<OfferStatus> from;

	OfferTransition(OfferStatus target, OfferEventKind recordedAs, boolean emailed, Set<OfferStatus> from) {
		this.target = target;
		this.recordedAs = recordedAs;
		this.emailed = emailed;
		this.from = from;
	}

	OfferStatus target() {
		return this.target;
	}

	OfferEventKind recordedAs() {
		return this.recordedAs;
	}

	/**
	 * Whether the submitter is emailed the offer's new status.
	 */
	boolean isEmailed() {
		return this.emailed;
	}

	boolean startsFrom(OfferStatus status) {
		return this.from.contains(status);
	}

}
