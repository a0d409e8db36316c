package co.gov.mineducacion.cooperation.offer.queue;

/**
 * The columns the office's queue sorts by, in the order the queue shows them. Each has an
 * index on (key, id), so that any page, forwards or backwards, is read by keyset rather
 * than by offset.
 */
public enum QueueSort {

	CODE("o.tracking_code", "text"),

	/** Case and accents ignored. */
	ORGANIZATION("search_unaccent(lower(o.organization_name))", "text"),

	SECTOR("o.sector", "text"),

	/** Case and accents ignored. */
	TITLE("search_unaccent(lower(o.title))", "text"),

	/** By the sorted list of project codes. */
	PROJECTS("o.project_codes", "text[]"),

	/** By the sorted list of department codes; whole-country offers first. */
	DEPARTMENTS("o.department_codes", "text[]"),

	RECEIVED("o.received_at", "timestamptz"),

	/** In workflow order. */
	STATUS("offer_status_rank(o.status)", "integer"),

	/** Grouped by assignee, unassigned offers first. */
	ASSIGNEE("coalesce(o.assignee_id, 0)", "bigint"),

	/** Most urgent first; offers whose clock is stopped last. */
	CLOCK("coalesce(o.response_clock_started_at, 'infinity'::timestamptz)", "timestamptz");

	final String expression;

	final String type;

	QueueSort(String expression, String type) {
		this.expression = expression;
		this.type = type;
	}

}
