package co.gov.mineducacion.cooperation.notification;

import java.time.ZonedDateTime;

/**
 * An email given up on, as ADMINs see it: whose address is shown masked, and why it
 * failed last.
 */
record FailedEmail(long id, ZonedDateTime queuedAt, String recipient, String subject, int attempts, String lastError) {

}
