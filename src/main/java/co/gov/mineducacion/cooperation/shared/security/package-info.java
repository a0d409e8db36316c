/**
 * Who may see what: the portal's one security policy.
 */
package co.gov.mineducacion.cooperation.shared.security;
