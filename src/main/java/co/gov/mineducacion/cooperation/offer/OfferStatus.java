package co.gov.mineducacion.cooperation.offer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands. The moves between statuses are the review workflow's state
 * machine.
 */
public enum OfferStatus {

	RECEIVED, IN_REVIEW, MORE_INFORMATION_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN;

	/**
	 * The statuses this one may move to.
	 */
	Set<OfferStatus> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(IN_REVIEW, WITHDRAWN);
			case IN_REVIEW -> EnumSet.of(MORE_INFORMATION_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN);
			case MORE_INFORMATION_REQUESTED -> EnumSet.of(IN_REVIEW, WITHDRAWN);
			case ACCEPTED, DECLINED, WITHDRAWN -> EnumSet.noneOf(OfferStatus.class);
		};
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
