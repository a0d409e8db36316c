/**
 * Contribution certificates: staff issue a bilingual PDF certificate of what an accepted
 * offer's organisation contributes, anyone verifies it by its code, staff revoke it.
 */
package co.gov.mineducacion.cooperation.certificate;
