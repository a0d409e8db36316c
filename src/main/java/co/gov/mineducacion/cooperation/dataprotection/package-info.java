/**
 * Personal data under Ley 1581 de 2012: the retention period the office sets and the job
 * that anonymises contact data after it, and data subjects' requests (consult, correct,
 * delete) recorded and answered by ADMINs within the legal time.
 */
package co.gov.mineducacion.cooperation.dataprotection;
