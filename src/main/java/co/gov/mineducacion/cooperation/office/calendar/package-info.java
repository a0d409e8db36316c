/**
 * Colombia's national public holidays and the business-day arithmetic behind the legal
 * response clock for petitions (Ley 1755 de 2015).
 */
package co.gov.mineducacion.cooperation.office.calendar;
