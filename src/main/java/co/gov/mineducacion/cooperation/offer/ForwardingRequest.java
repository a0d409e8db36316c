package co.gov.mineducacion.cooperation.offer;

/**
 * What staff record to forward an offer to the competent entity (Ley 1755 de 2015, art.
 * 21): the entity, where to send it, what the submitter is told, and whether the offer's
 * documents go with the email to the entity.
 */
public record ForwardingRequest(String entityName, String entityEmail, String message, boolean attachDocuments) {

}
