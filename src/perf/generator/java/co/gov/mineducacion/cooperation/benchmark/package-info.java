/**
 * A realistic million offers for measuring the office's queue: the portal run with the
 * {@code generate-offers} profile streams generated rows into the tables with PostgreSQL's
 * COPY. Benchmark code: it lives under {@code src/perf/generator}, is compiled with the
 * tests (so {@code OfferGeneratorTests} keeps it honest) and never ships in the portal's
 * jar; {@code src/perf/queue.sh} runs it with {@code spring-boot:test-run}.
 */
package co.gov.mineducacion.cooperation.benchmark;
