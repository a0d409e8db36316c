package co.gov.mineducacion.cooperation.contact.admin;

/**
 * One choice of a select: the code bound and the name shown.
 */
record Option(String code, String name) {

}
