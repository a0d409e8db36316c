package co.gov.mineducacion.cooperation.staffnotification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.gov.mineducacion.cooperation.offer.OfferEventRecorded;
import co.gov.mineducacion.cooperation.publication.OfficeIdentityService;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells staff what happened to offers, as {@link StaffNotificationKind} says who hears of
 * which entry of an offer's history and each member chose how: an email queued now, or a
 * line kept for their next digest. Both are written just before the offer's transaction
 * commits, in it: the change and its notifications are kept, or neither. News of a new
 * offer also goes at once to the office's mailbox, the institutional email ADMINs set
 * among the office's details; until they set it, no such email is sent.
 */
@Component
class StaffNotifications {

	private final StaffService staff;

	private final NotificationPreferences preferences;

	private final PendingNotifications pending;

	private final StaffNotificationMails mails;

	private final OfficeIdentityService office;

	StaffNotifications(StaffService staff, NotificationPreferences preferences, PendingNotifications pending,
			StaffNotificationMails mails, OfficeIdentityService office) {
		this.staff = staff;
		this.preferences = preferences;
		this.pending = pending;
		this.mails = mails;
		this.office = office;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void recorded(OfferEventRecorded event) {
		StaffNotificationKind.madeBy(event.kind()).ifPresent((kind) -> {
			News news = new News(kind, event.trackingCode(), event.title(), event.occurredAt());
			if (kind.audience() == StaffNotificationKind.Audience.OFFICE) {
				toOffice(news);
			}
			Map<Long, NotificationDelivery> chosen = this.preferences.forKind(kind);
			List<Long> forDigest = new ArrayList<>();
			for (StaffMember member : audience(kind, event)) {
				switch (chosen.getOrDefault(member.id(), kind.byDefault())) {
					case IMMEDIATE -> this.mails.sendNow(member, news);
					case DIGEST -> forDigest.add(member.id());
					case NONE -> {
					}
				}
			}
			this.pending.add(forDigest, news);
		});
	}

	private void toOffice(News news) {
		String mailbox = this.office.settings().institutionalEmail();
		if (mailbox != null && !mailbox.isBlank()) {
			this.mails.sendToOffice(mailbox, news);
		}
	}

	private List<StaffMember> audience(StaffNotificationKind kind, OfferEventRecorded event) {
		return switch (kind.audience()) {
			case OFFICE -> this.staff.activeMembers();
			case ASSIGNEE -> this.staff.activeMembers()
				.stream()
				.filter((member) -> member.id().equals(event.assigneeId()))
				.filter((member) -> !member.email().equalsIgnoreCase(event.actor()))
				.toList();
		};
	}

}
