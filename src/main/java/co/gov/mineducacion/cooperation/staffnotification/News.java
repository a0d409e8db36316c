package co.gov.mineducacion.cooperation.staffnotification;

import java.time.Instant;

/**
 * One piece of news for staff: what happened to which offer, and when.
 */
record News(StaffNotificationKind kind, String trackingCode, String title, Instant occurredAt) {

}
