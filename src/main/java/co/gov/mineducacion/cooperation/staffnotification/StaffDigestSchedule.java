package co.gov.mineducacion.cooperation.staffnotification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digests ({@code portal.staff-notifications.digest-cron}, Bogotá time,
 * 7:00 by default) from one instance: the lock stays taken five minutes after the run, so
 * an instance whose clock is a little behind skips it; the digests' own record keeps them
 * to one a day even without it.
 */
@Component
class StaffDigestSchedule {

	private final StaffDigests digests;

	StaffDigestSchedule(StaffDigests digests) {
		this.digests = digests;
	}

	@Scheduled(cron = "${portal.staff-notifications.digest-cron:0 0 7 * * *}", zone = "America/Bogota")
	@SchedulerLock(name = "staff-digests", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void everyDay() {
		this.digests.sendDue();
	}

}
