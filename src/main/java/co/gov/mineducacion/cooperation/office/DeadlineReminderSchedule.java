package co.gov.mineducacion.cooperation.office;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deadline reminders every business morning ({@code portal.reminders.cron},
 * Bogotá time), from one instance: the lock stays taken five minutes after the run, so an
 * instance whose clock is a little behind skips it.
 */
@Component
class DeadlineReminderSchedule {

	private final DeadlineReminders reminders;

	DeadlineReminderSchedule(DeadlineReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${portal.reminders.cron:0 0 7 * * MON-FRI}", zone = "America/Bogota")
	@SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void everyBusinessMorning() {
		this.reminders.sendDue();
	}

}
