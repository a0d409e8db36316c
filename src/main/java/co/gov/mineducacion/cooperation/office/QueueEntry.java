package co.gov.mineducacion.cooperation.office;

import java.time.ZonedDateTime;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.queue.QueueRow;

/**
 * A queue row with what the office reads beside it: names instead of codes, who has it,
 * and how much time is left ({@code clock} is {@code null} while the clock is stopped).
 */
record QueueEntry(QueueRow offer, ZonedDateTime receivedAt, String sector, List<String> departments, String assignee,
		ResponseClock clock) {

	/**
	 * What a bulk action posts for this row: the filing number and the version seen.
	 */
	public String selection() {
		return this.offer.trackingCode() + ":" + this.offer.version();
	}

}
