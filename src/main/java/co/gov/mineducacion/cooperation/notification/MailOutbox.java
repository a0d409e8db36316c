package co.gov.mineducacion.cooperation.notification;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues email in the caller's transaction: if the change it announces is rolled back, so
 * is the email; once committed, the {@link OutboxSender} delivers it.
 */
@Service
public class MailOutbox {

	private final OutboxMessageRepository messages;

	private final Clock clock;

	MailOutbox(OutboxMessageRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(EmailMessage email) {
		this.messages.save(new OutboxMessage(email, this.clock.instant()));
	}

}
