/**
 * The catalogue's admin pages: ADMINs add, edit, retire and restore strategic projects
 * and reword the ways to cooperate.
 */
package co.gov.mineducacion.cooperation.catalog.admin;
