package co.gov.mineducacion.cooperation.catalog;

/**
 * A kind of cooperator, in the reader's language.
 */
public record SectorView(String code, String name, String text) {

}
