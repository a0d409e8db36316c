package co.gov.mineducacion.cooperation.office;

import java.time.ZonedDateTime;

import co.gov.mineducacion.cooperation.offer.QueueRow;

/**
 * A queue row with what the office reads beside it: who has it and how much time is left.
 */
record QueueEntry(QueueRow offer, ZonedDateTime receivedAt, String assignee, ResponseClock clock) {

}
