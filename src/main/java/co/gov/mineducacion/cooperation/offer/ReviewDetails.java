package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the office sees of one offer: what the submitter sent, the consent record
 * and the whole history; {@code duplicateOf} is the filing number of the original when
 * the offer was closed as a duplicate; {@code need} the slug of the need it answers, if
 * any.
 */
public record ReviewDetails(String trackingCode, long version, OfferStatus status, Long assigneeId,
		Organisation organisation, ContactPerson contact, String title, String description, Set<String> actionTypes,
		Set<String> strategicProjects, Set<String> departments, boolean nationalScope, Contribution contribution,
		Instant receivedAt, List<Document> documents, Consent consent, List<Event> history,
		Set<OfferStatus> nextStatuses, String duplicateOf, Instant responseClockStartedAt, String need) {

	/**
	 * The language the office answers in: the contact person's.
	 */
	public String preferredLanguage() {
		return this.contact.preferredLanguage();
	}

	/**
	 * The consent the submitter gave: the notice's version and digest, when and from
	 * where.
	 */
	public record Consent(String notice, Instant at, String address) {
	}

	/**
	 * A document sent with the offer or with an answer, as listed for staff.
	 */
	public record Document(java.util.UUID id, String fileName, String mediaType, long sizeBytes) {
	}

	/**
	 * One entry of the history.
	 */
	public record Event(Instant occurredAt, String actor, OfferEventKind kind, OfferStatus oldStatus,
			OfferStatus newStatus, String message, boolean visibleToSubmitter) {
	}

}
