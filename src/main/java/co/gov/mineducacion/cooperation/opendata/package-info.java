/**
 * Open data: the activities, the strategic projects and cooperation by department as CSV
 * and JSON, and the activities as an IATI 2.03 activity file, with the page that
 * describes them. Never a submitter's personal data; offers only as counts.
 */
package co.gov.mineducacion.cooperation.opendata;
