/**
 * The catalogue cooperators browse: the Ministry's strategic projects, the ways to
 * cooperate and the kinds of cooperators.
 */
package co.gov.mineducacion.cooperation.catalog;
