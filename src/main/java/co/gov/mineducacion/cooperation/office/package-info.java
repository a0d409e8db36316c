/**
 * The office's workspace: the dashboard, the queue of offers with their response clock,
 * the review of one offer, and the answer templates ADMINs keep for the submitters.
 */
package co.gov.mineducacion.cooperation.office;
