/**
 * The office's workspace: the dashboard, the queue of offers with their response clock,
 * and the review of one offer.
 */
package co.gov.mineducacion.cooperation.office;
