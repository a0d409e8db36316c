package co.gov.mineducacion.cooperation.catalog;

/**
 * A way to cooperate, in the reader's language.
 */
public record ActionTypeView(String code, String shortName, String text) {

}
