/**
 * Cooperation offers: public submission and tracking.
 */
package co.gov.mineducacion.cooperation.offer;
