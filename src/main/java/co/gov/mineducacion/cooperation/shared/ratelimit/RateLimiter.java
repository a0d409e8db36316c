package co.gov.mineducacion.cooperation.shared.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests per client address in PostgreSQL, so the limits hold across every
 * instance of the portal. Two instances racing on the very last allowed request may both
 * pass: a limit can be exceeded by the number of instances at most.
 */
@Service
public class RateLimiter {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RateLimiter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one request of {@code client} in {@code bucket}, or refuses it with
	 * {@link TooManyRequestsException} when the client already made {@code limit} in the
	 * last {@code window}.
	 */
	@Transactional
	public void acquire(String bucket, String client, int limit, Duration window) {
		Instant now = this.clock.instant();
		// Counts no further than the limit: a client far past it (or a benchmark allowed
		// millions from one address) costs no more than one at it.
		Integer recent = this.jdbc.queryForObject(
				"SELECT count(*) FROM (SELECT 1 FROM rate_limit_hit"
						+ " WHERE bucket = ? AND client_key = ? AND hit_at > ? LIMIT ?) AS recent_hits",
				Integer.class, bucket, client, Timestamp.from(now.minus(window)), limit);
		if (recent != null && recent >= limit) {
			throw new TooManyRequestsException(bucket);
		}
		this.jdbc.update("INSERT INTO rate_limit_hit (bucket, client_key, hit_at) VALUES (?, ?, ?)", bucket, client,
				Timestamp.from(now));
	}

	/**
	 * Forgets hits older than a day: hourly, on one instance (the lock outlasts the run
	 * by half an hour, so the others skip that hour).
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT40M", lockAtLeastFor = "PT30M")
	@Transactional
	public void forgetOldHits() {
		this.jdbc.update("DELETE FROM rate_limit_hit WHERE hit_at < ?",
				Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))));
	}

}
