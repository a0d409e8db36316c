/**
 * The audit log: every staff action in the admin area and every sign-in, with who, when
 * and what. Other features record through
 * {@link co.gov.mineducacion.cooperation.audit.AuditLog}.
 */
package co.gov.mineducacion.cooperation.audit;
