/**
 * The office's and the citizen care unit's contact channels, published on every page,
 * cached in memory and maintained by ADMINs in {@code contact.admin}.
 */
package co.gov.mineducacion.cooperation.contact;
