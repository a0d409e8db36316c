package co.gov.mineducacion.cooperation.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the office sees of one offer: what the submitter sent, the consent record
 * and the whole history; {@code duplicateOf} is the filing number of the original when
 * the offer was closed as a duplicate.
 */
public record ReviewDetails(String trackingCode, long version, OfferStatus status, Long assigneeId,
		String organizationName, String sector, String country, String taxId, String website, String contactName,
		String contactPosition, String contactEmail, String contactPhone, String preferredLanguage, String title,
		String description, Set<String> actionTypes, Set<String> strategicProjects, Set<String> departments,
		boolean nationalScope, ContributionKind contributionKind, BigDecimal estimatedValue, OfferCurrency currency,
		LocalDate startDate, LocalDate endDate, Instant receivedAt, List<Document> documents, String consentNotice,
		Instant consentAt, String consentAddress, List<Event> history, Set<OfferStatus> nextStatuses,
		String duplicateOf, Instant responseClockStartedAt) {

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
