package co.gov.mineducacion.cooperation.notification;

import java.util.UUID;

import co.gov.mineducacion.cooperation.test.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class OutboxPurgeTests {

	@Autowired
	OutboxPurge purge;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void forgetsSentEmailsAfterThirtyDaysButKeepsUnsentAndFailedOnes() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		insert(marker + "-old-sent", "SENT", 31);
		insert(marker + "-recent-sent", "SENT", 29);
		insert(marker + "-old-failed", "FAILED", 60);
		insert(marker + "-old-pending", "PENDING", 60);

		this.purge.purgeSent();

		assertThat(this.jdbc.queryForList("SELECT subject FROM outbox_message WHERE subject LIKE ? ORDER BY subject",
				String.class, marker + "%"))
			.containsExactly(marker + "-old-failed", marker + "-old-pending", marker + "-recent-sent");
	}

	private void insert(String subject, String status, int daysAgo) {
		this.jdbc.update("""
				INSERT INTO outbox_message (recipient, subject, body_text, body_html, status, next_attempt_at,
				    created_at, sent_at)
				VALUES ('persona@example.org', ?, 'Hola', '<p>Hola</p>', ?, now(), now() - make_interval(days => ?),
				    CASE WHEN ? = 'SENT' THEN now() - make_interval(days => ?) END)""", subject, status, daysAgo,
				status, daysAgo);
	}

}
