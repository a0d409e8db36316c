package co.gov.mineducacion.cooperation.staffnotification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * News waiting for members' next digest ({@code pending_staff_notification}, V50).
 */
@Component
class PendingNotifications {

	private final JdbcClient jdbc;

	PendingNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a piece of news for the next digest of each of these members, in one
	 * statement however many they are.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(List<Long> staffIds, News news) {
		if (staffIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO pending_staff_notification (staff_id, kind, offer_tracking_code, offer_title, occurred_at)
				SELECT staff_id, CAST(:kind AS VARCHAR), CAST(:code AS VARCHAR), CAST(:title AS VARCHAR),
				  CAST(:at AS TIMESTAMPTZ)
				FROM unnest(CAST(string_to_array(:staff, ',') AS BIGINT[])) AS staff_id""")
			.param("staff", staffIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("kind", news.kind().name())
			.param("code", news.trackingCode())
			.param("title", news.title())
			.param("at", Timestamp.from(news.occurredAt()))
			.update();
	}

	/**
	 * The members with news waiting, in a fixed order (so that instances sending at once
	 * meet each member's digest row in the same order).
	 */
	List<Long> waitingMembers() {
		return this.jdbc.sql("SELECT DISTINCT staff_id FROM pending_staff_notification ORDER BY staff_id")
			.query(Long.class)
			.list();
	}

	/**
	 * A member's news in the order it happened, each with its row id.
	 */
	List<Pending> of(Long staffId) {
		return this.jdbc.sql("""
				SELECT id, kind, offer_tracking_code, offer_title, occurred_at FROM pending_staff_notification
				WHERE staff_id = :staff ORDER BY occurred_at, id""")
			.param("staff", staffId)
			.query((rs, i) -> new Pending(rs.getLong("id"),
					StaffNotificationKind.named(rs.getString("kind")).orElse(null), rs.getString("offer_tracking_code"),
					rs.getString("offer_title"), rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void remove(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("DELETE FROM pending_staff_notification WHERE id IN (:ids)").param("ids", ids).update();
		}
	}

	/**
	 * A waiting piece of news; {@code kind} is {@code null} when its kind no longer
	 * exists.
	 */
	record Pending(long id, StaffNotificationKind kind, String trackingCode, String title, Instant occurredAt) {

		News news() {
			return new News(this.kind, this.trackingCode, this.title, this.occurredAt);
		}

	}

}
