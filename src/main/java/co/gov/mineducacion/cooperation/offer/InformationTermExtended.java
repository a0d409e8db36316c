package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;

/**
 * The submitter asked for one more month to answer the office's request: registered by
 * the offer, published when it is saved, emailed to the submitter and written to the
 * audit log.
 *
 * @param until the new last day to answer
 */
record InformationTermExtended(Offer offer, LocalDate until) {

}
