package co.gov.mineducacion.cooperation.offer;

/**
 * A document waiting for the offer's confirmation, as listed on the review page.
 */
record StagedFile(String fileName, long sizeBytes) {

}
