package co.gov.mineducacion.cooperation.staff;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.gov.mineducacion.cooperation.notification.EmailMessage;
import co.gov.mineducacion.cooperation.notification.MailOutbox;
import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.security.TokenSigner;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One-time links to set a password, emailed to new staff and to staff whose password was
 * reset. A link carries the account's credential stamp, which setting or resetting the
 * password changes (failed sign-ins do not): it works once.
 */
@Component
class StaffInvitations {

	static final Duration VALIDITY = Duration.ofHours(48);

	private static final String PURPOSE = "set-password";

	private final TokenSigner signer;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final PortalProperties properties;

	StaffInvitations(TokenSigner signer, MailOutbox outbox, ITemplateEngine templates, MessageSource messages,
			PortalProperties properties) {
		this.signer = signer;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.properties = properties;
	}

	void send(StaffAccount account) {
		String token = this.signer.sign(PURPOSE, account.id() + ":" + account.credentialStamp(), VALIDITY);
		String link = UriComponentsBuilder.fromUri(this.properties.baseUrl())
			.path("/staff/set-password/{token}")
			.buildAndExpand(token)
			.toUriString();
		Locale spanish = Locale.forLanguageTag("es");
		Context context = new Context(spanish, Map.of("name", account.displayName(), "link", link));
		this.outbox
			.enqueue(new EmailMessage(account.email(), this.messages.getMessage("mail.staff.subject", null, spanish),
					this.templates.process("mail/staff-set-password-text", context),
					this.templates.process("mail/staff-set-password", context)));
	}

	/**
	 * The account id and credential stamp a link was made for, when the link is genuine
	 * and not expired.
	 */
	Optional<long[]> read(String token) {
		return this.signer.verify(PURPOSE, token).map((value) -> {
			String[] parts = value.split(":");
			return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
		});
	}

}
