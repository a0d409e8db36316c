package co.gov.mineducacion.cooperation.offer.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;

/**
 * Which offers the office's queue shows; {@code null} (or {@code false}) leaves a
 * criterion out. Codes are catalogue codes; instants bound ranges as [from, before).
 *
 * @param q full-text search (Spanish, English and plain words, accents ignored)
 * @param status the offer's status
 * @param sector the kind of cooperator
 * @param actionType an action type the offer names
 * @param project a strategic project the offer names
 * @param department a department (DIVIPOLA code) the offer names
 * @param nationalScope only offers for the whole country
 * @param assigneeId only offers assigned to this staff member
 * @param unassigned only offers assigned to nobody
 * @param receivedFrom received at or after
 * @param receivedBefore received before
 * @param clockStartedFrom response clock running and started at or after
 * @param clockStartedBefore response clock running and started before
 * @param trackingCodes only these offers (a selection)
 * @param extendedDueFrom for offers whose term the office extended (which the two bounds
 * above do not describe): due on or after
 * @param extendedDueBefore likewise: due before
 * @param channel only offers received through this channel (the web form, phone...)
 */
public record QueueFilter(String q, OfferStatus status, String sector, String actionType, String project,
		String department, boolean nationalScope, Long assigneeId, boolean unassigned, Instant receivedFrom,
		Instant receivedBefore, Instant clockStartedFrom, Instant clockStartedBefore, List<String> trackingCodes,
		LocalDate extendedDueFrom, LocalDate extendedDueBefore, OfferChannel channel) {

	public QueueFilter {
		q = blankToNull(q);
		sector = blankToNull(sector);
		actionType = blankToNull(actionType);
		project = blankToNull(project);
		department = blankToNull(department);
		trackingCodes = (trackingCodes != null) ? List.copyOf(trackingCodes) : null;
	}

	/**
	 * A filter whose clock bounds, if any, leave out the offers whose term was extended.
	 */
	public QueueFilter(String q, OfferStatus status, String sector, String actionType, String project,
			String department, boolean nationalScope, Long assigneeId, boolean unassigned, Instant receivedFrom,
			Instant receivedBefore, Instant clockStartedFrom, Instant clockStartedBefore, List<String> trackingCodes) {
		this(q, status, sector, actionType, project, department, nationalScope, assigneeId, unassigned, receivedFrom,
				receivedBefore, clockStartedFrom, clockStartedBefore, trackingCodes, null, null, null);
	}

	boolean filtersClock() {
		return this.clockStartedFrom != null || this.clockStartedBefore != null || this.extendedDueFrom != null
				|| this.extendedDueBefore != null;
	}

	/**
	 * Every offer.
	 */
	public static QueueFilter everything() {
		return new QueueFilter(null, null, null, null, null, null, false, null, false, null, null, null, null, null);
	}

	/**
	 * Exactly the given offers.
	 */
	public static QueueFilter only(List<String> trackingCodes) {
		return new QueueFilter(null, null, null, null, null, null, false, null, false, null, null, null, null,
				trackingCodes);
	}

	/**
	 * The same filter, for offers received through {@code channel} only ({@code null}:
	 * any).
	 */
	public QueueFilter withChannel(OfferChannel channel) {
		return new QueueFilter(this.q, this.status, this.sector, this.actionType, this.project, this.department,
				this.nationalScope, this.assigneeId, this.unassigned, this.receivedFrom, this.receivedBefore,
				this.clockStartedFrom, this.clockStartedBefore, this.trackingCodes, this.extendedDueFrom,
				this.extendedDueBefore, channel);
	}

	boolean searchesText() {
		return this.q != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
