package co.gov.mineducacion.cooperation.notification;

import java.util.Objects;

/**
 * A file sent with an email: its name as the recipient sees it, its media type and its
 * bytes. The outbox keeps it only until the email is sent.
 */
public record EmailAttachment(String fileName, String mediaType, byte[] content) {

	public EmailAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(content, "content");
	}

}
