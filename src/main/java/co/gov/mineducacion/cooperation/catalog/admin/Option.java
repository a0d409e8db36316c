package co.gov.mineducacion.cooperation.catalog.admin;

/**
 * One choice of a select or checkbox group: the code bound and the name shown.
 */
record Option(String code, String name) {

}
