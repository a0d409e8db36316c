package co.gov.mineducacion.cooperation.audit;

import java.time.ZonedDateTime;

/**
 * One audit entry as the page shows it, in Bogotá time.
 */
record AuditLine(long id, ZonedDateTime occurredAt, String actor, String action, String target, String details) {

}
