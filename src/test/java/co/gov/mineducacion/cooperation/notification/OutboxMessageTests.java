package co.gov.mineducacion.cooperation.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxMessageTests {

	private final Instant now = Instant.parse("2026-11-23T12:00:00Z");

	private final OutboxMessage message = new OutboxMessage(
			new EmailMessage("a@example.org", "Asunto", "texto", "<p>html</p>"), this.now);

	@Test
	void carriesItsFilesInOrderUntilItIsSent() {
		OutboxMessage withFiles = new OutboxMessage(new EmailMessage("entidad@example.org", "Remisión", "texto",
				"<p>html</p>", List.of(new EmailAttachment("uno.pdf", "application/pdf", new byte[] { 1 }),
						new EmailAttachment("dos.png", "image/png", new byte[] { 2 }))),
				this.now);
		assertThat(withFiles.email().attachments()).extracting(EmailAttachment::fileName)
			.containsExactly("uno.pdf", "dos.png");
		withFiles.failed("down", this.now, Duration.ofSeconds(1), 3);
		assertThat(withFiles.email().attachments()).as("kept for the next attempt").hasSize(2);
		withFiles.sent(this.now);
		assertThat(withFiles.email().attachments()).as("the log of sent email keeps no documents").isEmpty();
	}

	@Test
	void waitsTwiceAsLongAfterEachFailure() {
		this.message.failed("connection refused", this.now, Duration.ofSeconds(30), 10);
		assertThat(this.message.nextAttemptAt()).isEqualTo(this.now.plusSeconds(30));
		this.message.failed("connection refused", this.now, Duration.ofSeconds(30), 10);
		assertThat(this.message.nextAttemptAt()).isEqualTo(this.now.plusSeconds(60));
		this.message.failed("connection refused", this.now, Duration.ofSeconds(30), 10);
		assertThat(this.message.nextAttemptAt()).isEqualTo(this.now.plusSeconds(120));
		assertThat(this.message.status()).isEqualTo(OutboxStatus.PENDING);
	}

	@Test
	void neverWaitsMoreThanAnHour() {
		for (int i = 0; i < 9; i++) {
			this.message.failed("down", this.now, Duration.ofMinutes(10), 50);
		}
		assertThat(this.message.nextAttemptAt()).isEqualTo(this.now.plus(Duration.ofHours(1)));
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		for (int i = 0; i < 3; i++) {
			this.message.failed("down", this.now, Duration.ofSeconds(1), 3);
		}
		assertThat(this.message.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(this.message.attempts()).isEqualTo(3);
	}

	@Test
	void recordsDelivery() {
		this.message.sent(this.now);
		assertThat(this.message.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(this.message.attempts()).isEqualTo(1);
	}

	@Test
	void aFailedMessageSentAgainStartsFromItsFirstAttemptAtOnce() {
		for (int i = 0; i < 3; i++) {
			this.message.failed("down", this.now, Duration.ofSeconds(1), 3);
		}
		Instant later = this.now.plus(Duration.ofDays(2));
		this.message.retry(later);
		assertThat(this.message.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(this.message.attempts()).isZero();
		assertThat(this.message.nextAttemptAt()).isEqualTo(later);
	}

	@Test
	void onlyAFailedMessageCanBeSentAgain() {
		assertThatIllegalStateException().isThrownBy(() -> this.message.retry(this.now));
		this.message.sent(this.now);
		assertThatIllegalStateException().isThrownBy(() -> this.message.retry(this.now));
	}

}
