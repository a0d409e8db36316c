package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An offer a staff member files on someone's behalf: received (and its clock started)
 * when the person made it, not when it was filed, with who filed it and how it came.
 */
class StaffFiledOfferTests {

	private final Instant called = Instant.parse("2026-11-02T14:00:00Z");

	private final Instant filed = Instant.parse("2026-11-02T16:30:00Z");

	@Test
	void countsAsReceivedWhenThePersonCalledAndRecordsWhoFiledIt() {
		Offer offer = fileByPhone(null);
		assertThat(offer.channel()).isEqualTo(OfferChannel.PHONE);
		assertThat(offer.receivedAt()).isEqualTo(this.called);
		assertThat(offer.responseClockStartedAt()).isEqualTo(this.called);
		assertThat(offer.hasEmail()).isFalse();
		assertThat(offer.events())
			.extracting(OfferEvent::kind, OfferEvent::occurredAt, OfferEvent::actor, OfferEvent::isVisibleToSubmitter)
			.containsExactly(tuple(OfferEventKind.SUBMITTED, this.called, Offer.SUBMITTER, true),
					tuple(OfferEventKind.FILED_BY_STAFF, this.filed, "analista@mineducacion.gov.co", false));
		assertThat(offer.consent().channel()).isEqualTo(OfferChannel.PHONE);
		assertThat(offer.consent().recordedBy()).isEqualTo("analista@mineducacion.gov.co");
		assertThat(offer.consent().clientAddress()).isNull();
		assertThat(FiledOffer.of(offer).filedBy()).isEqualTo("analista@mineducacion.gov.co");
	}

	@Test
	void isNeverASubmissionFromSomeoneElseWithoutAnEmail() {
		Offer withoutEmail = fileByPhone(null);
		assertThat(withoutEmail.hasSameSubmitterAs(OfferFixtures.receivedOffer("ana@example.org"))).isFalse();
		assertThat(OfferFixtures.receivedOffer("ana@example.org").hasSameSubmitterAs(withoutEmail)).isFalse();
	}

	@Test
	void refusesTheWebChannelAndATimeStillToCome() {
		assertThatIllegalArgumentException().isThrownBy(() -> Offer.fileOnBehalf(OfferFixtures.draft("a@example.org"),
				"CO-2026-2222-3333", UUID.randomUUID().toString(), consent(),
				new StaffReceipt(OfferChannel.WEB, this.called, "analista@mineducacion.gov.co"), this.filed));
		assertThatIllegalArgumentException().isThrownBy(() -> Offer.fileOnBehalf(OfferFixtures.draft("a@example.org"),
				"CO-2026-2222-3333", UUID.randomUUID().toString(), consent(),
				new StaffReceipt(OfferChannel.PHONE, this.filed.plusSeconds(60), "analista@mineducacion.gov.co"),
				this.filed));
	}

	private Offer fileByPhone(String email) {
		return Offer.fileOnBehalf(OfferFixtures.draft(email), TrackingCodes.next(this.called),
				UUID.randomUUID().toString(), consent(),
				new StaffReceipt(OfferChannel.PHONE, this.called, "analista@mineducacion.gov.co"), this.filed);
	}

	private ConsentGiven consent() {
		return new ConsentGiven("1", "a".repeat(64), "es", this.called, null, OfferChannel.PHONE,
				"analista@mineducacion.gov.co");
	}

}
