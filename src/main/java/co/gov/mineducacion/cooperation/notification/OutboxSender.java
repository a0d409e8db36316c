package co.gov.mineducacion.cooperation.notification;

import java.time.Clock;
import java.util.List;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages. Each message is claimed, sent and marked in a transaction
 * of its own that holds its row locked while sending, so with several instances every
 * message is sent by one of them only; and when the database fails between sending and
 * recording it, only that one message can be sent again. Every instance runs it: the row
 * locks share the work out, and no job lock is wanted, since a lock left behind by an
 * instance or a database that died mid-pass would hold every email back until it expired.
 */
@Component
class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final OutboxMessageRepository messages;

	private final JavaMailSender mailSender;

	private final PortalProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OutboxSender(OutboxMessageRepository messages, JavaMailSender mailSender, PortalProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${portal.mail.poll-interval:5s}",
			initialDelayString = "${portal.mail.poll-interval:5s}")
	public void deliverDue() {
		for (int i = 0; i < BATCH; i++) {
			if (!Boolean.TRUE.equals(this.transactions.execute((status) -> deliverNext()))) {
				return;
			}
		}
	}

	/**
	 * Sends the next due message, if any, and records the outcome.
	 */
	private boolean deliverNext() {
		List<OutboxMessage> due = this.messages.claimDue(this.clock.instant(), 1);
		if (due.isEmpty()) {
			return false;
		}
		OutboxMessage message = due.get(0);
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
		return true;
	}

	private MimeMessage toMime(EmailMessage email) throws MessagingException {
		MimeMessage mime = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.properties.mail().from());
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		for (EmailAttachment attachment : email.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.mediaType());
		}
		return mime;
	}

}
