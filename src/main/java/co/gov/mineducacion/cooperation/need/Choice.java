package co.gov.mineducacion.cooperation.need;

/**
 * An item of a choice list in the need form.
 */
record Choice(String code, String name) {

}
