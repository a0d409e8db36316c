package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

/**
 * How an offer the office files on someone's behalf was received.
 *
 * @param channel phone, in person, email or post
 * @param receivedAt when the person made it: the response clock starts then
 * @param staff who took it and filed it
 */
record StaffReceipt(OfferChannel channel, Instant receivedAt, String staff) {

}
