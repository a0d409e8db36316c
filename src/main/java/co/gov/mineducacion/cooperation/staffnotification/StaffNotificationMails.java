package co.gov.mineducacion.cooperation.staffnotification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.gov.mineducacion.cooperation.notification.EmailMessage;
import co.gov.mineducacion.cooperation.notification.MailOutbox;
import co.gov.mineducacion.cooperation.shared.Colombia;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.text.Languages;
import co.gov.mineducacion.cooperation.staff.StaffMember;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes and queues staff notifications: one piece of news at once, or a member's daily
 * digest, in the member's language (the office's mailbox gets Spanish). An email names
 * the offer and links to its review page (absolute, from {@code portal.base-url}); it
 * never carries the submitter's documents or contact data.
 */
@Component
class StaffNotificationMails {

	private static final String TEMPLATE = "mail/staff-news";

	private static final String REVIEW = "/admin/offers/{code}";

	private static final String PREFERENCES = NotificationPreferencesController.PATH;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PortalProperties properties;

	private final MailOutbox outbox;

	StaffNotificationMails(ITemplateEngine templates, MessageSource messages, PortalProperties properties,
			MailOutbox outbox) {
		this.templates = templates;
		this.messages = messages;
		this.properties = properties;
		this.outbox = outbox;
	}

	/**
	 * One piece of news, now, to a member.
	 */
	void sendNow(StaffMember member, News news) {
		send(member.email(), member.displayName(), member.language(), List.of(news), false);
	}

	/**
	 * One piece of news, now, to the office's mailbox.
	 */
	void sendToOffice(String mailbox, News news) {
		send(mailbox, null, Languages.SPANISH, List.of(news), false);
	}

	/**
	 * Everything a member has waiting, in one email.
	 */
	void sendDigest(StaffMember member, List<News> news) {
		send(member.email(), member.displayName(), member.language(), news, true);
	}

	private void send(String recipient, String name, Locale language, List<News> news, boolean digest) {
		DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(language)
			.withZone(Colombia.TIME_ZONE);
		List<Line> lines = news.stream()
			.map((item) -> new Line(label(item.kind(), language), item.trackingCode(), item.title(),
					times.format(item.occurredAt()), link(REVIEW, item.trackingCode())))
			.toList();
		Context context = new Context(language);
		context.setVariables(Map.of("name", (name != null) ? name : "", "named", name != null, "digest", digest,
				"lines", lines, "preferences", link(PREFERENCES, null)));
		String subject = digest
				? this.messages.getMessage("staffnotify.mail.subject.digest", new Object[] { lines.size() }, language)
				: this.messages.getMessage("staffnotify.mail.subject.one",
						new Object[] { lines.get(0).what(), lines.get(0).trackingCode() }, language);
		this.outbox.enqueue(new EmailMessage(recipient, subject, this.templates.process(TEMPLATE + "-text", context),
				this.templates.process(TEMPLATE, context)));
	}

	private String label(StaffNotificationKind kind, Locale language) {
		return this.messages.getMessage("StaffNotificationKind." + kind.name(), null, language);
	}

	private String link(String path, String trackingCode) {
		return UriComponentsBuilder.fromUri(this.properties.baseUrl())
			.path(path)
			.buildAndExpand((trackingCode != null) ? new Object[] { trackingCode } : new Object[0])
			.toUriString();
	}

	/**
	 * A piece of news as the email lists it.
	 */
	record Line(String what, String trackingCode, String title, String when, String link) {
	}

}
