package co.gov.mineducacion.cooperation.offer;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a submitter sees of their offer: its status and public history, never internal
 * notes.
 */
record OfferStatusView(String trackingCode, String title, String organizationName, OfferStatus status,
		ZonedDateTime receivedAt, List<Entry> history, List<String> documents, boolean awaitingInformation,
		boolean withdrawable) {

	record Entry(ZonedDateTime occurredAt, OfferEventKind kind, OfferStatus newStatus, String message,
			boolean bySubmitter) {
	}

}
