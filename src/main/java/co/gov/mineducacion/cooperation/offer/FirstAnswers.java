package co.gov.mineducacion.cooperation.offer;

import java.time.LocalDate;

/**
 * How many offers received on one day (in Bogotá) the office first answered on another:
 * accepted, declined, asked for more information or closed as a duplicate.
 */
public record FirstAnswers(LocalDate received, LocalDate answered, long offers) {

}
