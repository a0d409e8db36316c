package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class OfferTests {

	private final Instant later = Instant.parse("2026-11-10T10:00:00Z");

	@Test
	void startsReceivedWithItsSubmissionInTheHistory() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		assertThat(offer.status()).isEqualTo(OfferStatus.RECEIVED);
		assertThat(offer.events()).extracting(OfferEvent::kind, OfferEvent::newStatus)
			.containsExactly(tuple(OfferEventKind.SUBMITTED, OfferStatus.RECEIVED));
		assertThat(offer.consent().noticeVersion()).isEqualTo("1");
	}

	@Test
	void goesThroughReviewAndBackWhenTheSubmitterAnswers() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		offer.startReview("staff@mineducacion.gov.co", this.later);
		offer.requestInformation("staff@mineducacion.gov.co", "¿Cuántos docentes?", this.later);
		offer.provideInformation("Doscientos.", List.of(), this.later);
		offer.accept("staff@mineducacion.gov.co", "Bienvenidos.", this.later);
		assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
		assertThat(offer.events()).extracting(OfferEvent::kind, OfferEvent::oldStatus, OfferEvent::newStatus)
			.containsExactly(tuple(OfferEventKind.SUBMITTED, null, OfferStatus.RECEIVED),
					tuple(OfferEventKind.REVIEW_STARTED, OfferStatus.RECEIVED, OfferStatus.IN_REVIEW),
					tuple(OfferEventKind.INFORMATION_REQUESTED, OfferStatus.IN_REVIEW,
							OfferStatus.MORE_INFORMATION_REQUESTED),
					tuple(OfferEventKind.INFORMATION_PROVIDED, OfferStatus.MORE_INFORMATION_REQUESTED,
							OfferStatus.IN_REVIEW),
					tuple(OfferEventKind.ACCEPTED, OfferStatus.IN_REVIEW, OfferStatus.ACCEPTED));
	}

	@Test
	void refusesAnAnswerNobodyAskedFor() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		assertThatExceptionOfType(IllegalOfferTransitionException.class)
			.isThrownBy(() -> offer.provideInformation("¿?", List.of(), this.later));
		assertThat(offer.events()).hasSize(1);
	}

	@Test
	void refusesToDecideAnOfferNobodyReviewed() {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		assertThatExceptionOfType(IllegalOfferTransitionException.class)
			.isThrownBy(() -> offer.accept("staff", "ok", this.later));
	}

	@Test
	void canBeWithdrawnUntilDecidedButNotAfter() {
		Offer withdrawn = OfferFixtures.receivedOffer("a@example.org");
		withdrawn.withdraw("Cambió el presupuesto", this.later);
		assertThat(withdrawn.status()).isEqualTo(OfferStatus.WITHDRAWN);
		assertThat(withdrawn.canBeWithdrawn()).isFalse();
		assertThatExceptionOfType(IllegalOfferTransitionException.class)
			.isThrownBy(() -> withdrawn.startReview("staff", this.later));

		Offer declined = OfferFixtures.receivedOffer("b@example.org");
		declined.startReview("staff", this.later);
		declined.decline("staff", "No aplica", this.later);
		assertThatExceptionOfType(IllegalOfferTransitionException.class)
			.isThrownBy(() -> declined.withdraw("tarde", this.later));
	}

}
