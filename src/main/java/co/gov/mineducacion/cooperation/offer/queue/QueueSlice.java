package co.gov.mineducacion.cooperation.offer.queue;

import java.util.List;

/**
 * One page of the queue, whether pages lie before and after it, and how many offers the
 * filters match: exactly up to a cap, beyond which counting would cost more than the
 * page.
 *
 * @param rows the offers on the page, in the sort order
 * @param hasPrevious whether offers come before the first row
 * @param hasNext whether offers come after the last row
 * @param count the number of matching offers, or the cap when {@code exact} is false
 * @param exact whether {@code count} is exact (otherwise more than {@code count} match)
 */
public record QueueSlice(List<QueueRow> rows, boolean hasPrevious, boolean hasNext, long count, boolean exact) {

	public QueueSlice {
		rows = List.copyOf(rows);
	}

}
