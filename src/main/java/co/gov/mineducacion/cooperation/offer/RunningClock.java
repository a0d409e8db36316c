package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A response clock that runs: when it started, and the date the office extended the term
 * to, or {@code null}.
 */
public record RunningClock(Instant startedAt, LocalDate extendedUntil) {

}
