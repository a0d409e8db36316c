package co.gov.mineducacion.cooperation.dataprotection;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.OfferRetention;
import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention period and the nightly job that applies it. The job works in batches,
 * each its own transaction, and is safe to run on several instances at once (offers are
 * claimed with row locks); each night one instance runs it (a scheduler lock). The audit
 * log records how many offers were anonymised, never whose data.
 */
@Service
class ContactDataRetention {

	private static final Logger logger = LoggerFactory.getLogger(ContactDataRetention.class);

	static final int BATCH_SIZE = 500;

	private final RetentionSettingRepository settings;

	private final OfferRetention offers;

	private final AuditLog audit;

	private final Clock clock;

	ContactDataRetention(RetentionSettingRepository settings, OfferRetention offers, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.offers = offers;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	RetentionSetting current() {
		return this.settings.findById(RetentionSetting.THE_ONE).orElseThrow();
	}

	/**
	 * Sets the retention period, refusing a change made on an older version of it.
	 */
	@Transactional
	void change(int months, long seenVersion, String by) {
		RetentionSetting setting = current();
		StaleEditException.check("Retention setting", setting.version(), seenVersion);
		int before = setting.contactRetentionMonths();
		setting.change(months, by, this.clock.instant());
		this.audit.record("dataprotection.retention.changed", "retention", before + " → " + months);
	}

	/**
	 * The nightly run, on one instance: the lock stays taken five minutes after it ends,
	 * so an instance whose clock is a little behind does not run it again.
	 */
	@Scheduled(cron = "${portal.data-protection.retention-cron:0 30 2 * * *}", zone = "America/Bogota")
	@SchedulerLock(name = "contact-data-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	void applyRetentionNightly() {
		applyRetention();
	}

	/**
	 * Anonymises every offer past the retention period; returns how many.
	 */
	int applyRetention() {
		Instant cutoff = ZonedDateTime.now(this.clock.withZone(Colombia.TIME_ZONE))
			.minusMonths(current().contactRetentionMonths())
			.toInstant();
		int total = 0;
		int batch;
		do {
			batch = this.offers.anonymiseClosedBefore(cutoff, BATCH_SIZE);
			total += batch;
		}
		while (batch == BATCH_SIZE);
		if (total > 0) {
			this.audit.recordAs(AuditLog.SYSTEM, "dataprotection.retention.applied", null,
					total + " offers closed before " + cutoff);
			logger.info("Contact data of {} closed offers anonymised (retention)", total);
		}
		return total;
	}

}
