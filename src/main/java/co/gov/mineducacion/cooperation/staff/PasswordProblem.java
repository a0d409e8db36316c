package co.gov.mineducacion.cooperation.staff;

/**
 * What is wrong with a password change: the form field and the message code.
 */
record PasswordProblem(String field, String code) {

}
