package co.gov.mineducacion.cooperation.test;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * Reads what tests' SMTP server received, decoded as a person would read it.
 */
public final class Emails {

	private static final Pattern STATUS_LINK = Pattern.compile("http://localhost:8080(/offers/status/[A-Za-z0-9_.-]+)");

	private Emails() {
	}

	/**
	 * The plain-text part of each message sent to {@code recipient}, in arrival order.
	 */
	public static List<String> textsTo(MimeMessage[] received, String recipient) {
		return Arrays.stream(received).filter((m) -> recipientOf(m).equals(recipient)).map(Emails::text).toList();
	}

	/**
	 * The path of the status link in the first email to {@code recipient} that contains
	 * {@code mustContain}, waiting up to 20 seconds for it to arrive.
	 */
	public static String statusPath(Supplier<MimeMessage[]> received, String recipient, String mustContain) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> textsTo(received.get(), recipient).stream().anyMatch((b) -> b.contains(mustContain)));
		String body = textsTo(received.get(), recipient).stream()
			.filter((b) -> b.contains(mustContain))
			.findFirst()
			.orElseThrow();
		Matcher matcher = STATUS_LINK.matcher(body);
		matcher.find();
		return matcher.group(1);
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
