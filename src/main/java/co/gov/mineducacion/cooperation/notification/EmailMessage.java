package co.gov.mineducacion.cooperation.notification;

import java.util.List;

/**
 * An email ready to send: one recipient, a subject, a plain-text and an HTML body, and
 * the files it carries (most carry none). The subject is one line: a line break typed
 * into it (by staff, in an answer template or a review message) becomes a space, so it
 * can never start another mail header.
 */
public record EmailMessage(String recipient, String subject, String text, String html,
		List<EmailAttachment> attachments) {

	public EmailMessage {
		subject = (subject != null) ? subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip() : null;
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/**
	 * An email without files.
	 */
	public EmailMessage(String recipient, String subject, String text, String html) {
		this(recipient, subject, text, html, List.of());
	}

}
