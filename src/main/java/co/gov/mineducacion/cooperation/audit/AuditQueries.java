package co.gov.mineducacion.cooperation.audit;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log with keyset pagination on the entry id (ids grow with time), so the
 * hundredth page costs what the first does.
 */
@Component
class AuditQueries {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	AuditPage page(AuditFilter filter) {
		List<AuditLine> lines = new ArrayList<>(this.jdbc.sql("""
				SELECT id, occurred_at, actor, action, target, details FROM audit_entry
				WHERE (CAST(:actor AS TEXT) IS NULL OR actor ILIKE '%' || CAST(:actor AS TEXT) || '%' ESCAPE '\\')
				  AND (CAST(:action AS TEXT) IS NULL OR action = CAST(:action AS TEXT))
				  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR occurred_at >= CAST(:from AS TIMESTAMPTZ))
				  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR occurred_at < CAST(:to AS TIMESTAMPTZ))
				  AND (CAST(:before AS BIGINT) IS NULL OR id < CAST(:before AS BIGINT))
				ORDER BY id DESC
				LIMIT :limit""")
			.param("actor", likeText(filter.getActor()))
			.param("action", blankToNull(filter.getAction()))
			.param("from", startOf(filter.getFrom()))
			.param("to", startOf((filter.getTo() != null) ? filter.getTo().plusDays(1) : null))
			.param("before", filter.getBefore())
			.param("limit", PAGE_SIZE + 1)
			.query((rs, row) -> new AuditLine(rs.getLong("id"),
					rs.getTimestamp("occurred_at").toInstant().atZone(Colombia.TIME_ZONE), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), rs.getString("details")))
			.list());
		Long next = null;
		if (lines.size() > PAGE_SIZE) {
			lines.remove(PAGE_SIZE);
			next = lines.get(PAGE_SIZE - 1).id();
		}
		return new AuditPage(lines, next);
	}

	@Transactional(readOnly = true)
	List<String> actions() {
		return this.jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
	}

	private static String likeText(String text) {
		String value = blankToNull(text);
		return (value != null) ? value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Timestamp startOf(LocalDate day) {
		return (day != null) ? Timestamp.from(day.atStartOfDay(Colombia.TIME_ZONE).toInstant()) : null;
	}

}
