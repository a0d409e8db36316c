package co.gov.mineducacion.cooperation.offer;

/**
 * A document's bytes with the name and the type decided from its content at upload.
 */
public record DocumentContent(String fileName, String mediaType, byte[] content) {

}
