/**
 * Email through a transactional outbox: saved with the change it announces, delivered by
 * a scheduled sender with retries, once, whichever instance picks it up; what it gives up
 * on is listed for ADMINs, who can send it again.
 */
package co.gov.mineducacion.cooperation.notification;
