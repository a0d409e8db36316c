package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;

/**
 * The office gave notice that its answer will come late: registered by the offer,
 * published when it is saved, emailed to the submitter.
 *
 * @param until the new due date
 * @param reason why the answer is late, as the office wrote it
 */
record TermExtended(Offer offer, LocalDate until, String reason) {

}
