package co.gov.mineducacion.cooperation.office;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.notification.EmailMessage;
import co.gov.mineducacion.cooperation.notification.MailOutbox;
import co.gov.mineducacion.cooperation.office.DeadlineReminders.DueOffer;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import co.gov.mineducacion.cooperation.staff.StaffService;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes and queues one deadline reminder: to the assignee in the language they sign in
 * with, or, for offers assigned to nobody (or to someone no longer active), to the
 * office's mailbox ({@code portal.mail.from}) in Spanish.
 */
@Component
class DeadlineReminderMails {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PortalProperties properties;

	private final StaffService staff;

	private final MailOutbox outbox;

	DeadlineReminderMails(ITemplateEngine templates, MessageSource messages, PortalProperties properties,
			StaffService staff, MailOutbox outbox) {
		this.templates = templates;
		this.messages = messages;
		this.properties = properties;
		this.staff = staff;
		this.outbox = outbox;
	}

	void send(Long assigneeId, List<DueOffer> offers) {
		Optional<StaffMember> assignee = (assigneeId != null)
				? this.staff.activeMembers().stream().filter((member) -> member.id().equals(assigneeId)).findFirst()
				: Optional.empty();
		Locale language = assignee.map(StaffMember::language).orElse(Languages.SPANISH);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
		List<Line> lines = offers.stream()
			.map((offer) -> new Line(offer.trackingCode(), offer.title(), offer.due().format(dates), offer.daysLeft(),
					-offer.daysLeft(), link(offer.trackingCode())))
			.toList();
		Context context = new Context(language, Map.of("name", assignee.map(StaffMember::displayName).orElse(""),
				"assigned", assignee.isPresent(), "offers", lines));
		String recipient = assignee.map(StaffMember::email).orElse(this.properties.mail().from());
		String subject = this.messages.getMessage("mail.reminder.subject", new Object[] { lines.size() }, language);
		this.outbox.enqueue(
				new EmailMessage(recipient, subject, this.templates.process("mail/deadline-reminder-text", context),
						this.templates.process("mail/deadline-reminder", context)));
	}

	private String link(String trackingCode) {
		return UriComponentsBuilder.fromUri(this.properties.baseUrl())
			.path("/admin/offers/{code}")
			.buildAndExpand(trackingCode)
			.toUriString();
	}

	/**
	 * An offer as the reminder lists it.
	 */
	record Line(String trackingCode, String title, String due, int daysLeft, int daysOverdue, String link) {
	}

}
