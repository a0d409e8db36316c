/**
 * A realistic million offers for measuring the office's queue: a command of the portal,
 * run only with the {@code generate-offers} profile, that streams generated rows into the
 * tables with PostgreSQL's COPY.
 */
package co.gov.mineducacion.cooperation.benchmark;
