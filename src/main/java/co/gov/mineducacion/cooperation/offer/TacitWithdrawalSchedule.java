package co.gov.mineducacion.cooperation.offer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the offers left without an answer every night ({@code portal.terms.
 * tacit-withdrawal-cron}, Bogotá time, 00:30 by default), from one instance: the lock
 * stays taken five minutes after the run, so an instance whose clock is a little behind
 * skips it; the job itself changes nothing when run twice.
 */
@Component
class TacitWithdrawalSchedule {

	private final TacitWithdrawals withdrawals;

	TacitWithdrawalSchedule(TacitWithdrawals withdrawals) {
		this.withdrawals = withdrawals;
	}

	@Scheduled(cron = "${portal.terms.tacit-withdrawal-cron:0 30 0 * * *}", zone = "America/Bogota")
	@SchedulerLock(name = "tacit-withdrawal", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void everyNight() {
		this.withdrawals.withdrawOverdue();
	}

}
