package co.gov.mineducacion.cooperation.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs, each run by one instance at a time however many are started: a
 * {@code @SchedulerLock} method takes its row in {@code portal.shedlock} (V30) or skips
 * the run when another instance holds it. Times come from PostgreSQL's clock, so the
 * instances' clocks need not agree.
 * <p>
 * The lock is taken outside the job's own transaction ({@link Ordered#HIGHEST_PRECEDENCE}
 * before {@code @Transactional}), so it is released only once the work is committed. The
 * jobs' work stays safe without it (rows are claimed with {@code FOR UPDATE SKIP LOCKED}
 * or recorded with {@code ON CONFLICT DO NOTHING}); the lock spares the instances doing
 * the same pass at once.
 * <p>
 * {@code portal.scheduling.enabled=false} starts none of the jobs (on by default): for a
 * test context that does not test them, so it leaves the shared database to the one that
 * does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "portal.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
