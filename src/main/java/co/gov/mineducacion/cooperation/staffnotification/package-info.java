/**
 * Staff notifications: email to the office and its members when offers arrive, are
 * assigned, answered or withdrawn, at once or in a daily digest as each member chooses,
 * in their language, through the outbox.
 */
package co.gov.mineducacion.cooperation.staffnotification;
