package co.gov.mineducacion.cooperation.test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what tests' SMTP server received, decoded as a person would read it.
 */
public final class Emails {

	private Emails() {
	}

	/**
	 * The plain-text part of each message sent to {@code recipient}, in arrival order.
	 */
	public static List<String> textsTo(MimeMessage[] received, String recipient) {
		return Arrays.stream(received).filter((m) -> recipientOf(m).equals(recipient)).map(Emails::text).toList();
	}

	public static String text(Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = text(multipart.getBodyPart(i));
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipientOf(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			return "";
		}
	}

}
