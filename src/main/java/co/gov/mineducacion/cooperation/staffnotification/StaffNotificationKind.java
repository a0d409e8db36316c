package co.gov.mineducacion.cooperation.staffnotification;

import java.util.Arrays;
import java.util.Optional;

import co.gov.mineducacion.cooperation.offer.OfferEventKind;

/**
 * Every kind of news staff may be told of, and the one place it is defined: the entry of
 * the offer's history that makes it, who hears of it, and how when they have not chosen.
 * Adding a kind is adding a constant here and its label ({@code StaffNotificationKind.*}
 * in both message bundles); the account page, the emails and the digest follow.
 */
enum StaffNotificationKind {

	/**
	 * An offer arrived: to the office's mailbox and to every member who asks.
	 */
	NEW_OFFER(OfferEventKind.SUBMITTED, Audience.OFFICE, NotificationDelivery.DIGEST),

	ASSIGNED(OfferEventKind.ASSIGNED, Audience.ASSIGNEE, NotificationDelivery.IMMEDIATE),

	INFORMATION_PROVIDED(OfferEventKind.INFORMATION_PROVIDED, Audience.ASSIGNEE, NotificationDelivery.IMMEDIATE),

	WITHDRAWN(OfferEventKind.WITHDRAWN, Audience.ASSIGNEE, NotificationDelivery.IMMEDIATE),

	/**
	 * Someone else gave the submitter a later answer date (Ley 1755, art. 14).
	 */
	EXTENSION_RECORDED(OfferEventKind.TERM_EXTENDED, Audience.ASSIGNEE, NotificationDelivery.IMMEDIATE),

	/**
	 * Someone else forwarded the offer to the competent entity (Ley 1755, art. 21).
	 */
	FORWARDING_RECORDED(OfferEventKind.FORWARDED, Audience.ASSIGNEE, NotificationDelivery.IMMEDIATE),

	/**
	 * The submitter asked for one more month to answer a request for information (Ley
	 * 1755, art. 17).
	 */
	INFORMATION_TERM_EXTENDED(OfferEventKind.INFORMATION_TERM_EXTENDED, Audience.ASSIGNEE,
			NotificationDelivery.IMMEDIATE),

	/**
	 * The portal closed the offer because the submitter did not answer in time (Ley 1755,
	 * art. 17).
	 */
	TACITLY_WITHDRAWN(OfferEventKind.TACITLY_WITHDRAWN, Audience.ASSIGNEE, NotificationDelivery.IMMEDIATE);

	private final OfferEventKind madeBy;

	private final Audience audience;

	private final NotificationDelivery byDefault;

	StaffNotificationKind(OfferEventKind madeBy, Audience audience, NotificationDelivery byDefault) {
		this.madeBy = madeBy;
		this.audience = audience;
		this.byDefault = byDefault;
	}

	/**
	 * The news an entry of an offer's history makes, if staff hear of it.
	 */
	static Optional<StaffNotificationKind> madeBy(OfferEventKind kind) {
		return Arrays.stream(values()).filter((candidate) -> candidate.madeBy == kind).findFirst();
	}

	static Optional<StaffNotificationKind> named(String name) {
		return Arrays.stream(values()).filter((kind) -> kind.name().equals(name)).findFirst();
	}

	Audience audience() {
		return this.audience;
	}

	NotificationDelivery byDefault() {
		return this.byDefault;
	}

	/**
	 * Who hears of a kind of news.
	 */
	enum Audience {

		/**
		 * The office's mailbox, when it is set, and every member whose choice is not
		 * {@code NONE}.
		 */
		OFFICE,

		/**
		 * The member the offer is assigned to, unless they did it themselves.
		 */
		ASSIGNEE

	}

}
