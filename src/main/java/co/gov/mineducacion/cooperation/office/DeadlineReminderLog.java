package co.gov.mineducacion.cooperation.office;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which offers staff were reminded of, for which due date ({@code deadline_reminder},
 * V31).
 */
@Component
class DeadlineReminderLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	DeadlineReminderLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the reminder of an offer due on {@code due}, in the caller's transaction;
	 * {@code false} when it was recorded before. Another instance recording the same
	 * reminder at the same time waits for this transaction, then gets {@code false}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean record(String trackingCode, LocalDate due) {
		return this.jdbc.sql("""
				INSERT INTO deadline_reminder (offer_tracking_code, due_on, sent_at)
				VALUES (:code, :due, :now)
				ON CONFLICT DO NOTHING""")
			.param("code", trackingCode)
			.param("due", due)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

}
