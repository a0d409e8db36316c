/**
 * Email through a transactional outbox: saved with the change it announces, delivered by
 * a scheduled sender with retries, once, whichever instance picks it up.
 */
package co.gov.mineducacion.cooperation.notification;
