package co.gov.mineducacion.cooperation.offer.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;

/**
 * One offer as the office's queue lists it.
 *
 * @param version what a bulk move checks, so nobody overwrites a colleague's change
 * @param responseClockStartedAt when the office's response clock started, or {@code null}
 * while it is stopped
 * @param responseExtendedUntil the date the office extended its answer to, or
 * {@code null}
 * @param channel how the offer reached the office
 */
public record QueueRow(String trackingCode, long version, String organizationName, String sector, String title,
		List<String> strategicProjects, List<String> departments, boolean nationalScope, Instant receivedAt,
		OfferStatus status, Long assigneeId, Instant responseClockStartedAt, LocalDate responseExtendedUntil,
		OfferChannel channel) {

	public QueueRow {
		strategicProjects = List.copyOf(strategicProjects);
		departments = List.copyOf(departments);
	}

}
