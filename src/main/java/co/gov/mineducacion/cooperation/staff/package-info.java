/**
 * Staff accounts and sign-in to the office's workspace.
 */
package co.gov.mineducacion.cooperation.staff;
