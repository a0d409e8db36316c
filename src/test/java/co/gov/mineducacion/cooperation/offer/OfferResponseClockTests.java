package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The office's response clock as the offer keeps it: running while the offer awaits the
 * office, stopped while the submitter is asked for more or once answered, and started
 * again when the submitter answers (Ley 1755 de 2015, art. 17).
 */
class OfferResponseClockTests {

	private final Instant review = Instant.parse("2026-11-03T15:00:00Z");

	private final Instant asked = Instant.parse("2026-11-04T15:00:00Z");

	private final Instant answered = Instant.parse("2026-11-20T15:00:00Z");

	@Test
	void startsOnReceiptAndKeepsRunningWhenReviewStarts() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		assertThat(offer.responseClockStartedAt()).isEqualTo(offer.receivedAt());
		offer.startReview("staff", this.review);
		assertThat(offer.responseClockStartedAt()).isEqualTo(offer.receivedAt());
	}

	@Test
	void stopsWhileTheSubmitterIsAskedAndStartsAgainWithTheAnswer() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		offer.startReview("staff", this.review);
		offer.requestInformation("staff", "¿Cuántos docentes?", this.asked);
		assertThat(offer.responseClockStartedAt()).isNull();
		offer.provideInformation("Doscientos.", List.of(), this.answered);
		assertThat(offer.responseClockStartedAt()).isEqualTo(this.answered);
	}

	@Test
	void stopsOnceTheOfficeHasAnsweredOrTheOfferIsWithdrawn() {
		Offer accepted = OfferFixtures.receivedOffer("a@example.org");
		accepted.startReview("staff", this.review);
		accepted.accept("staff", "Bienvenidos.", this.asked);
		assertThat(accepted.responseClockStartedAt()).isNull();
		Offer withdrawn = OfferFixtures.receivedOffer("b@example.org");
		withdrawn.withdraw("Ya no aplica.", this.asked);
		assertThat(withdrawn.responseClockStartedAt()).isNull();
	}

	@Test
	void forgetsAnExtensionWhenTheClockStopsSoTheNewTermIsNeverExtendedByAnOldNotice() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		offer.startReview("staff", this.review);
		offer.extendTerm("staff", java.time.LocalDate.of(2026, 12, 10), "Concepto técnico", this.review);
		assertThat(offer.responseExtendedUntil()).isEqualTo(java.time.LocalDate.of(2026, 12, 10));
		offer.requestInformation("staff", "¿Cuántos docentes?", this.asked);
		assertThat(offer.responseExtendedUntil()).isNull();
		assertThatExceptionOfType(TermExtensionRefusedException.class)
			.isThrownBy(() -> offer.extendTerm("staff", java.time.LocalDate.of(2026, 12, 10), "Otra", this.asked));
		offer.provideInformation("Doscientos.", List.of(), this.answered);
		assertThat(offer.responseExtendedUntil()).isNull();
		assertThat(offer.responseClockStartedAt()).isEqualTo(this.answered);
	}

}
