package co.gov.mineducacion.cooperation.offer;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a submitter sees of their offer: its status and public history, never internal
 * notes; {@code original} is the filing number of the offer it repeats, only when that
 * offer is theirs too; {@code answerDue} is the date the office must answer by while it
 * owes an answer ({@code answerExtended} when the office gave notice of a later date);
 * {@code forwardedTo} the entity the office forwarded the offer to, if it did;
 * {@code information} is the submitter's own term while the office waits for their
 * answer, {@code null} otherwise.
 */
record OfferStatusView(String trackingCode, String title, String organizationName, OfferStatus status,
		ZonedDateTime receivedAt, List<Entry> history, List<String> documents, boolean awaitingInformation,
		boolean withdrawable, String original, java.time.LocalDate answerDue, boolean answerExtended,
		String forwardedTo, InformationTerm information) {

	/**
	 * The last day to answer the office's request (Ley 1755 de 2015, art. 17), whether it
	 * is already extended, and whether the submitter may still ask for one more month.
	 */
	record InformationTerm(java.time.LocalDate due, boolean extended, boolean moreTimeAvailable) {
	}

	record Entry(ZonedDateTime occurredAt, OfferEventKind kind, OfferStatus newStatus, String message,
			boolean bySubmitter) {
	}

}
