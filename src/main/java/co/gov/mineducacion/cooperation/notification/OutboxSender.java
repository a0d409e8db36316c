package co.gov.mineducacion.cooperation.notification;

import java.time.Clock;
import java.time.Instant;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers due outbox messages. Each batch holds its rows locked while sending, so with
 * several instances every message is sent by one of them only.
 */
@Component
class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final OutboxMessageRepository messages;

	private final JavaMailSender mailSender;

	private final PortalProperties properties;

	private final Clock clock;

	OutboxSender(OutboxMessageRepository messages, JavaMailSender mailSender, PortalProperties properties,
			Clock clock) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.mail.poll-interval:5s}",
			initialDelayString = "${portal.mail.poll-interval:5s}")
	@Transactional
	public void deliverDue() {
		Instant now = this.clock.instant();
		for (OutboxMessage message : this.messages.claimDue(now, BATCH)) {
			try {
				this.mailSender.send(toMime(message.email()));
				message.sent(this.clock.instant());
			}
			catch (MailException | MessagingException ex) {
				PortalProperties.Mail mail = this.properties.mail();
				message.failed(ex.getMessage(), this.clock.instant(), mail.firstRetryDelay(), mail.maxAttempts());
				// Never the address or the body in the log: only which message and how
				// often.
				logger.warn("Outbox message could not be sent (attempt {}, now {}): {}", message.attempts(),
						message.status(), ex.getClass().getSimpleName());
			}
		}
	}

	private MimeMessage toMime(EmailMessage email) throws MessagingException {
		MimeMessage mime = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.properties.mail().from());
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		return mime;
	}

}
