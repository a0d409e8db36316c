package co.gov.mineducacion.cooperation.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An email waiting in the outbox, sent, or given up after too many failed attempts. The
 * files it carries stay only until it is sent: the log of sent email keeps no documents.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String bodyText;

	private String bodyHtml;

	@Enumerated(EnumType.STRING)
	private OutboxStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "message_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<OutboxAttachment> attachments = new ArrayList<>();

	protected OutboxMessage() {
	}

	OutboxMessage(EmailMessage email, Instant now) {
		this.recipient = email.recipient();
		this.subject = email.subject();
		this.bodyText = email.text();
		this.bodyHtml = email.html();
		this.status = OutboxStatus.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = now;
		for (EmailAttachment attachment : email.attachments()) {
			this.attachments.add(new OutboxAttachment(this.attachments.size(), attachment));
		}
	}

	EmailMessage email() {
		return new EmailMessage(this.recipient, this.subject, this.bodyText, this.bodyHtml,
				this.attachments.stream().map(OutboxAttachment::attachment).toList());
	}

	void sent(Instant now) {
		this.attempts++;
		this.status = OutboxStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
		this.attachments.clear();
	}

	/**
	 * Records a failed attempt: waits twice as long as last time before the next one, or
	 * gives up after {@code maxAttempts}.
	 */
	void failed(String error, Instant now, Duration firstRetryDelay, int maxAttempts) {
		this.attempts++;
		this.lastError = (error == null) ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
		if (this.attempts >= maxAttempts) {
			this.status = OutboxStatus.FAILED;
			return;
		}
		Duration wait = firstRetryDelay.multipliedBy(1L << Math.min(this.attempts - 1, 20));
		this.nextAttemptAt = now.plus((wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait);
	}

	/**
	 * Sends a message given up on again, from its first attempt, at once: an ADMIN
	 * decided the cause is fixed. Only a failed message can be retried.
	 */
	void retry(Instant now) {
		if (this.status != OutboxStatus.FAILED) {
			throw new IllegalStateException("Only a failed message can be retried, not a " + this.status + " one");
		}
		this.status = OutboxStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	Long id() {
		return this.id;
	}

	String subject() {
		return this.subject;
	}

	String lastError() {
		return this.lastError;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	OutboxStatus status() {
		return this.status;
	}

	int attempts() {
		return this.attempts;
	}

	Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	String recipient() {
		return this.recipient;
	}

}
