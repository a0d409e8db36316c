package co.gov.mineducacion.cooperation.notification;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.util.List;

import co.gov.mineducacion.cooperation.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails the outbox gave up on after its last attempt, for ADMINs to see and, once
 * the cause is fixed, to send again.
 */
@Service
class UndeliveredEmails {

	private final OutboxMessageRepository messages;

	private final AuditLog audit;

	private final Clock clock;

	UndeliveredEmails(OutboxMessageRepository messages, AuditLog audit, Clock clock) {
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<FailedEmail> newest() {
		return this.messages.findTop200ByStatusOrderByIdDesc(OutboxStatus.FAILED)
			.stream()
			.map((message) -> new FailedEmail(message.id(), message.createdAt().atZone(Colombia.TIME_ZONE),
					MaskedAddresses.mask(message.recipient()), message.subject(), message.attempts(),
					MaskedAddresses.mask(message.lastError())))
			.toList();
	}

	@Transactional(readOnly = true)
	long count() {
		return this.messages.countByStatus(OutboxStatus.FAILED);
	}

	/**
	 * Queues a failed message again, from its first attempt; {@code false} when there is
	 * no failed message with this id (it was already retried, or never existed).
	 */
	@Transactional
	boolean retry(long id) {
		return this.messages.findById(id)
			.filter((message) -> message.status() == OutboxStatus.FAILED)
			.map((message) -> {
				int attempts = message.attempts();
				message.retry(this.clock.instant());
				this.audit.record("outbox.retried", "outbox:" + id, "attempts: " + attempts);
				return true;
			})
			.orElse(false);
	}

}
