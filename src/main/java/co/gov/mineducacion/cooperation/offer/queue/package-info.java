/**
 * The office's queue of offers, read straight from SQL: the query, its filters, sort and
 * keyset positions, and the rows it returns. Published to the office only through this
 * named interface.
 */
@NamedInterface("queue")
package co.gov.mineducacion.cooperation.offer.queue;

import org.springframework.modulith.NamedInterface;
