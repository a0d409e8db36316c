/**
 * The catalogue cooperators browse: the Ministry's strategic projects, the ways to
 * cooperate and the kinds of cooperators, cached in memory and maintained by ADMINs in
 * {@code catalog.admin}.
 */
package co.gov.mineducacion.cooperation.catalog;
