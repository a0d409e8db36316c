/**
 * The office's and the citizen care unit's contact channels, published on every page.
 */
package co.gov.mineducacion.cooperation.contact;
