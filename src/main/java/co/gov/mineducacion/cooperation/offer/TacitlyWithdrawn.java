package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;

/**
 * The portal closed an offer because its submitter's term to answer the office passed
 * without an answer (Ley 1755 de 2015, art. 17): registered by the offer, published when
 * it is saved, written to the audit log.
 *
 * @param due the last day the submitter could have answered
 */
record TacitlyWithdrawn(Offer offer, LocalDate due) {

}
