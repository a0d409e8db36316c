package co.gov.mineducacion.cooperation.staffnotification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;
import co.gov.mineducacion.cooperation.staffnotification.PendingNotifications.Pending;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each member with news waiting one digest a day: one email listing everything
 * since their last. Once a day whichever instance runs and however often: the member's
 * day is recorded ({@code staff_digest}, V50) in the transaction that queues the email
 * and deletes the news it lists. Another instance recording the same day at the same time
 * waits for this transaction, then skips the member.
 */
@Service
class StaffDigests {

	private final PendingNotifications pending;

	private final StaffNotificationMails mails;

	private final StaffService staff;

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffDigests(PendingNotifications pending, StaffNotificationMails mails, StaffService staff, JdbcClient jdbc,
			Clock clock) {
		this.pending = pending;
		this.mails = mails;
		this.staff = staff;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues today's digests; returns how many.
	 */
	@Transactional
	int sendDue() {
		LocalDate today = LocalDate.now(this.clock.withZone(Colombia.TIME_ZONE));
		Map<Long, StaffMember> active = this.staff.activeMembers()
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		int sent = 0;
		for (Long staffId : this.pending.waitingMembers()) {
			StaffMember member = active.get(staffId);
			if (member != null && send(member, today)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(StaffMember member, LocalDate today) {
		List<Pending> waiting = this.pending.of(member.id());
		List<News> news = waiting.stream().filter((item) -> item.kind() != null).map(Pending::news).toList();
		if (news.isEmpty() || !recordDay(member.id(), today, news.size())) {
			return false;
		}
		this.mails.sendDigest(member, news);
		this.pending.remove(waiting.stream().map(Pending::id).toList());
		return true;
	}

	/**
	 * Records the member's digest of {@code day}; {@code false} when it was sent before.
	 */
	private boolean recordDay(Long staffId, LocalDate day, int items) {
		return this.jdbc.sql("""
				INSERT INTO staff_digest (staff_id, sent_on, sent_at, items) VALUES (:staff, :day, :now, :items)
				ON CONFLICT DO NOTHING""")
			.param("staff", staffId)
			.param("day", day)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("items", items)
			.update() == 1;
	}

}
