package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the office sees of one offer: what the submitter sent, the consent record
 * and the whole history; {@code duplicateOf} is the filing number of the original when
 * the offer was closed as a duplicate; {@code responseExtendedUntil} the date the office
 * extended its answer to, if it did; {@code terms} the legal terms that apply now;
 * {@code need} the slug of the need it answers, if any; {@code forwarding} to whom it was
 * forwarded, if it was.
 */
public record ReviewDetails(String trackingCode, long version, OfferStatus status, Long assigneeId,
		Organisation organisation, ContactPerson contact, String title, String description, Set<String> actionTypes,
		Set<String> strategicProjects, Set<String> departments, boolean nationalScope, Contribution contribution,
		Instant receivedAt, List<Document> documents, Consent consent, List<Event> history,
		Set<OfferStatus> nextStatuses, String duplicateOf, Instant responseClockStartedAt,
		java.time.LocalDate responseExtendedUntil, Terms terms, OfferChannel channel, String need,
		Forwarding forwarding) {

	/**
	 * The language the office answers in: the contact person's.
	 */
	public String preferredLanguage() {
		return this.contact.preferredLanguage();
	}

	/**
	 * The terms of Ley 1755 de 2015 as they apply to the offer now.
	 *
	 * @param originalAnswerDue the answer's due date before any extension, or
	 * {@code null} while the office owes no answer
	 * @param extensionLimit the latest date an extension may name, likewise
	 * @param extendable whether the office may still give notice of an extension (its
	 * clock runs, it has not done so, and the due date has not passed)
	 * @param forwardingDue the last day to forward the offer to the competent entity
	 * (art. 21), likewise
	 * @param forwardingLate whether that day has passed
	 */
	public record Terms(java.time.LocalDate originalAnswerDue, java.time.LocalDate extensionLimit, boolean extendable,
			java.time.LocalDate forwardingDue, boolean forwardingLate) {
	}

	/**
	 * The consent the submitter gave: the notice's version and digest, when and from
	 * where, or through which channel and recorded by which staff member.
	 */
	public record Consent(String notice, Instant at, String address, OfferChannel channel, String recordedBy) {

		/**
		 * Whether a staff member recorded it, as the person gave it by phone, in person,
		 * by email or by post.
		 */
		public boolean isRecordedByStaff() {
			return this.recordedBy != null;
		}

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
