package co.gov.mineducacion.cooperation.offer.queue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.OfferChannel;
import co.gov.mineducacion.cooperation.offer.OfferStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of the office's queue for one filter: only the criteria in use become
 * conditions (so each query gets the plan that fits it), every value is a bind parameter,
 * and sort keys come from {@link QueueSort} alone.
 */
final class QueueQuery {

	private static final String COLUMNS = "o.tracking_code, o.version, o.organization_name, o.sector, o.title, "
			+ "o.project_codes, o.department_codes, o.national_scope, o.received_at, o.status, o.assignee_id, "
			+ "o.response_clock_started_at, o.response_extended_until, o.channel";

	private static final String TEXT = "o.search_vector @@ ("
			+ "websearch_to_tsquery('spanish', search_unaccent(CAST(:q AS text)))"
			+ " || websearch_to_tsquery('english', search_unaccent(CAST(:q AS text)))"
			+ " || websearch_to_tsquery('simple', search_unaccent(CAST(:q AS text))))";

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource params = new MapSqlParameterSource();

	private final boolean text;

	QueueQuery(QueueFilter filter) {
		this.text = filter.searchesText();
		add(filter.q() != null, null, "q", filter.q());
		add(filter.status() != null, "o.status = :status", "status",
				(filter.status() != null) ? filter.status().name() : null);
		add(filter.sector() != null, "o.sector = :sector", "sector", filter.sector());
		add(filter.actionType() != null, "o.action_type_codes @> ARRAY[CAST(:actionType AS text)]", "actionType",
				filter.actionType());
		add(filter.project() != null, "o.project_codes @> ARRAY[CAST(:project AS text)]", "project", filter.project());
		add(filter.department() != null, "o.department_codes @> ARRAY[CAST(:department AS text)]", "department",
				filter.department());
		add(filter.nationalScope(), "o.national_scope", null, null);
		add(filter.channel() != null, "o.channel = :channel", "channel",
				(filter.channel() != null) ? filter.channel().name() : null);
		add(filter.assigneeId() != null, "o.assignee_id = :assigneeId", "assigneeId", filter.assigneeId());
		add(filter.unassigned(), "o.assignee_id IS NULL", null, null);
		add(filter.receivedFrom() != null, "o.received_at >= :receivedFrom", "receivedFrom",
				timestamp(filter.receivedFrom()));
		add(filter.receivedBefore() != null, "o.received_at < :receivedBefore", "receivedBefore",
				timestamp(filter.receivedBefore()));
		if (filter.filtersClock()) {
			clock(filter);
		}
		add(filter.trackingCodes() != null, "o.tracking_code IN (:codes)", "codes",
				(filter.trackingCodes() != null && filter.trackingCodes().isEmpty()) ? List.of("")
						: filter.trackingCodes());
	}

	/**
	 * The response clock's bounds: on the start for an unextended term (whose due date
	 * follows from it), on the date itself for an extended one.
	 */
	private void clock(QueueFilter filter) {
		List<String> started = new ArrayList<>(List.of("o.response_extended_until IS NULL"));
		List<String> extended = new ArrayList<>(
				List.of("o.response_extended_until IS NOT NULL", "o.response_clock_started_at IS NOT NULL"));
		if (filter.clockStartedFrom() != null) {
			started.add(QueueSort.CLOCK.expression + " >= :clockFrom");
			this.params.addValue("clockFrom", timestamp(filter.clockStartedFrom()));
		}
		if (filter.clockStartedBefore() != null) {
			started.add(QueueSort.CLOCK.expression + " < :clockBefore");
			this.params.addValue("clockBefore", timestamp(filter.clockStartedBefore()));
		}
		if (filter.extendedDueFrom() != null) {
			extended.add("o.response_extended_until >= :extendedFrom");
			this.params.addValue("extendedFrom", filter.extendedDueFrom());
		}
		if (filter.extendedDueBefore() != null) {
			extended.add("o.response_extended_until < :extendedBefore");
			this.params.addValue("extendedBefore", filter.extendedDueBefore());
		}
		boolean extendedBounded = filter.extendedDueFrom() != null || filter.extendedDueBefore() != null;
		this.conditions.add("((" + String.join(" AND ", started) + ")"
				+ (extendedBounded ? " OR (" + String.join(" AND ", extended) + ")" : "") + ")");
	}

	boolean searchesText() {
		return this.text;
	}

	MapSqlParameterSource params() {
		return this.params;
	}

	/**
	 * The page: matching offers after the boundary (if any) in the given direction.
	 */
	String page(QueueSort sort, boolean descending, boolean keyset) {
		return "SELECT " + COLUMNS + " FROM offer o" + where(true, keyset ? keyset(sort, descending) : null)
				+ orderBy(sort, descending) + " LIMIT :limit";
	}

	/**
	 * The page among the next {@code :window} offers that pass every filter but the text
	 * search: cheap whatever the words, and complete when the words are common.
	 */
	String pageInWindow(QueueSort sort, boolean descending, boolean keyset) {
		return "SELECT " + COLUMNS + " FROM (SELECT o.* FROM offer o"
				+ where(false, keyset ? keyset(sort, descending) : null) + orderBy(sort, descending)
				+ " LIMIT :window) o WHERE " + TEXT + orderBy(sort, descending) + " LIMIT :limit";
	}

	String all(QueueSort sort, boolean descending) {
		return "SELECT " + COLUMNS + " FROM offer o" + where(true, null) + orderBy(sort, descending);
	}

	String countUpTo() {
		return "SELECT count(*) FROM (SELECT 1 FROM offer o" + where(true, null) + " LIMIT :cap) c";
	}

	static String boundary(QueueSort sort) {
		return "SELECT CAST(" + sort.expression + " AS text) AS sort_key, o.id FROM offer o"
				+ " WHERE o.tracking_code = :boundaryCode";
	}

	static QueueRow row(ResultSet rs, int rowNumber) throws SQLException {
		return new QueueRow(rs.getString("tracking_code"), rs.getLong("version"), rs.getString("organization_name"),
				rs.getString("sector"), rs.getString("title"), codes(rs.getArray("project_codes")),
				codes(rs.getArray("department_codes")), rs.getBoolean("national_scope"), instant(rs, "received_at"),
				OfferStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", Long.class),
				instant(rs, "response_clock_started_at"), rs.getObject("response_extended_until", LocalDate.class),
				OfferChannel.valueOf(rs.getString("channel")));
	}

	private void add(boolean used, String condition, String name, Object value) {
		if (!used) {
			return;
		}
		if (condition != null) {
			this.conditions.add(condition);
		}
		if (name != null) {
			this.params.addValue(name, value);
		}
	}

	private String where(boolean withText, String extra) {
		List<String> all = new ArrayList<>(this.conditions);
		if (withText && this.text) {
			all.add(TEXT);
		}
		if (extra != null) {
			all.add(extra);
		}
		return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
	}

	private static String keyset(QueueSort sort, boolean descending) {
		return "(" + sort.expression + ", o.id) " + (descending ? "<" : ">") + " (CAST(:boundaryKey AS " + sort.type
				+ "), :boundaryId)";
	}

	private static String orderBy(QueueSort sort, boolean descending) {
		String direction = descending ? " DESC" : " ASC";
		return " ORDER BY " + sort.expression + direction + ", o.id" + direction;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(java.time.ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static List<String> codes(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
