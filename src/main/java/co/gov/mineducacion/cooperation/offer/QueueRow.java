package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.Set;

/**
 * One offer as the office's queue lists it.
 */
public record QueueRow(String trackingCode, String organizationName, String sector, String title,
		Set<String> strategicProjects, Set<String> departments, boolean nationalScope, Instant receivedAt,
		OfferStatus status, Long assigneeId) {

}
