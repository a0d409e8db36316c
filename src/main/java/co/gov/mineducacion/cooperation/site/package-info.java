/**
 * The portal's own pages: the home page and the personal-data notice.
 */
package co.gov.mineducacion.cooperation.site;
