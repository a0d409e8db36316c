package co.gov.mineducacion.cooperation.activity;

/**
 * An item of a choice list in the admin forms.
 */
record Option(String code, String name) {

}
