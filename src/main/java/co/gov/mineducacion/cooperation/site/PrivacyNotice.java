package co.gov.mineducacion.cooperation.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The personal-data notice shown at {@code /privacy}: its version and a fingerprint
 * (SHA-256) of the exact text in a language, so that an authorisation records what the
 * person was shown.
 */
@Component
public class PrivacyNotice {

	/** Raise when the notice's text changes in substance. */
	public static final String VERSION = "1";

	/** The day the text of this version was published: raise with {@link #VERSION}. */
	public static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 11, 23);

	private static final List<String> PARTS = List.of("privacy.heading", "privacy.lead", "privacy.controller.title",
			"privacy.controller.text", "privacy.data.title", "privacy.data.text", "privacy.purpose.title",
			"privacy.purpose.1", "privacy.purpose.2", "privacy.purpose.3", "privacy.purpose.4", "privacy.rights.title",
			"privacy.rights.text", "privacy.rights.1", "privacy.rights.2", "privacy.rights.3", "privacy.rights.4",
			"privacy.rights.5", "privacy.rights.6", "privacy.exercise.title", "privacy.exercise.text",
			"privacy.exercise.deadlines", "privacy.retention.title", "privacy.retention.text", "privacy.security.title",
			"privacy.security.text");

	private final MessageSource messages;

	PrivacyNotice(MessageSource messages) {
		this.messages = messages;
	}

	public String version() {
		return VERSION;
	}

	/**
	 * The notice's text as shown in the given language, one part a line.
	 */
	public String text(Locale locale) {
		StringBuilder text = new StringBuilder();
		PARTS.forEach((key) -> text.append(this.messages.getMessage(key, null, locale)).append('\n'));
		return text.toString();
	}

	/**
	 * The SHA-256 of the notice's text as shown in the given language.
	 */
	public String sha256(Locale locale) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text(locale).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
