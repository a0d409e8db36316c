package co.gov.mineducacion.cooperation.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sent emails hold names and messages (personal data): the outbox forgets them once they
 * have been delivered for {@code portal.mail.keep-sent-days} (30 by default). Unsent and
 * failed ones stay for the office to see. A plain DELETE by date, run by one instance a
 * night.
 */
@Component
class OutboxPurge {

	private static final Logger logger = LoggerFactory.getLogger(OutboxPurge.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keepSent;

	OutboxPurge(JdbcClient jdbc, Clock clock, @Value("${portal.mail.keep-sent-days:30}") int keepSentDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keepSent = Duration.ofDays(keepSentDays);
	}

	@Scheduled(cron = "${portal.mail.purge-cron:0 45 2 * * *}", zone = "America/Bogota")
	@SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
	@Transactional
	void purgeSent() {
		int purged = this.jdbc.sql("DELETE FROM outbox_message WHERE status = 'SENT' AND sent_at < :cutoff")
			.param("cutoff", Timestamp.from(this.clock.instant().minus(this.keepSent)))
			.update();
		if (purged > 0) {
			logger.info("{} sent emails older than {} days removed from the outbox", purged, this.keepSent.toDays());
		}
	}

}
