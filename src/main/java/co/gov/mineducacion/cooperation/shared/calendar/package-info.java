/**
 * Colombia's national public holidays and the business-day arithmetic behind the legal
 * response clocks: petitions (Ley 1755 de 2015) and personal-data requests (Ley 1581 de
 * 2012).
 */
@NamedInterface("calendar")
package co.gov.mineducacion.cooperation.shared.calendar;

import org.springframework.modulith.NamedInterface;
