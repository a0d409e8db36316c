package co.gov.mineducacion.cooperation.offer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands. The moves between statuses are the review workflow's state
 * machine ({@link OfferTransition}).
 */
public enum OfferStatus {

	RECEIVED, IN_REVIEW, MORE_INFORMATION_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN,

	/**
	 * Closed by the office because it repeats an offer already received.
	 */
	CLOSED_AS_DUPLICATE,

	/**
	 * Sent by the office to the competent entity, because the Ministry is not competent
	 * (Ley 1755 de 2015, art. 21).
	 */
	FORWARDED,

	/**
	 * Closed because the submitter did not answer a request for information in time, nor
	 * asked for more (Ley 1755 de 2015, art. 17: desistimiento tácito).
	 */
	TACITLY_WITHDRAWN;

	/**
	 * The statuses this one may move to.
	 */
	Set<OfferStatus> next() {
		Set<OfferStatus> next = EnumSet.noneOf(OfferStatus.class);
		for (OfferTransition transition : OfferTransition.values()) {
			if (transition.startsFrom(this)) {
				next.add(transition.target());
			}
		}
		return next;
	}

	boolean canMoveTo(OfferStatus target) {
		return next().contains(target);
	}

	/**
	 * Whether the office owes the submitter an answer (the response clock runs).
	 */
	public boolean isAwaitingTheOffice() {
		return awaitingTheOffice().contains(this);
	}

	/**
	 * The statuses in which the office owes an answer.
	 */
	public static Set<OfferStatus> awaitingTheOffice() {
		return EnumSet.of(RECEIVED, IN_REVIEW);
	}

	boolean isOpen() {
		return !next().isEmpty();
	}

}
