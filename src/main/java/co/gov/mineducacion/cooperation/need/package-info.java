/**
 * Needs: what the office seeks from cooperators (demanda de cooperación), published by
 * staff, listed for the public, answered by offers, measured by what was accepted and
 * matched with offers both ways.
 */
package co.gov.mineducacion.cooperation.need;
