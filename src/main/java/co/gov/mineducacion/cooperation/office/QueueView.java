package co.gov.mineducacion.cooperation.office;

import java.util.List;

/**
 * One page of the queue as the page shows it.
 *
 * @param count matching offers, exactly when {@code exact}, otherwise "more than"
 */
record QueueView(List<QueueEntry> entries, boolean hasPrevious, boolean hasNext, long count, boolean exact) {

	public String firstCode() {
		return this.entries.isEmpty() ? null : this.entries.get(0).offer().trackingCode();
	}

	public String lastCode() {
		return this.entries.isEmpty() ? null : this.entries.get(this.entries.size() - 1).offer().trackingCode();
	}

}
