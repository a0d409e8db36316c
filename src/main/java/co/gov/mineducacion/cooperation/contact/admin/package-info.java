/**
 * The contact channels' admin pages: ADMINs add, edit, retire and restore the channels
 * every page's footer and the contact page publish.
 */
package co.gov.mineducacion.cooperation.contact.admin;
