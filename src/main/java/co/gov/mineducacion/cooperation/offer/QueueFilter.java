package co.gov.mineducacion.cooperation.offer;

/**
 * What the office's queue shows: a status, a full-text search, and whose offers
 * ({@code ANY}, {@code ME} or {@code UNASSIGNED}).
 */
public record QueueFilter(OfferStatus status, String q, String assignee) {

	public QueueFilter {
		q = (q == null || q.isBlank()) ? null : q.strip();
		assignee = ("ME".equals(assignee) || "UNASSIGNED".equals(assignee)) ? assignee : "ANY";
	}

}
