package co.gov.mineducacion.cooperation.offer;

/**
 * An uploaded document whose content was checked: an allowed type, within the size limit.
 */
record InspectedFile(String fileName, String mediaType, byte[] content, String sha256) {

}
