package co.gov.mineducacion.cooperation.catalog;

/**
 * A strategic project as offered in a choice list, in the reader's language.
 */
public record ProjectChoice(String code, String name) {

}
