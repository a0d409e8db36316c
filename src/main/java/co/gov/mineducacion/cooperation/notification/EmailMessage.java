package co.gov.mineducacion.cooperation.notification;

/**
 * An email ready to send: one recipient, a subject, a plain-text and an HTML body. The
 * subject is one line: a line break typed into it (by staff, in an answer template or a
 * review message) becomes a space, so it can never start another mail header.
 */
public record EmailMessage(String recipient, String subject, String text, String html) {

	public EmailMessage {
		subject = (subject != null) ? subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip() : null;
	}

}
