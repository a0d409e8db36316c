package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The submitter's term to answer a request for information (Ley 1755 de 2015, art. 17): a
 * calendar month from the request, one more on request, ending on the next business day
 * when it falls on a weekend or holiday, and the tacit withdrawal only the day after.
 * Holy Week 2027: Holy Thursday 25 March and Good Friday 26 March are holidays; Easter
 * Monday 29 March is a business day in Colombia.
 */
class InformationTermTests {

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	private static final BusinessCalendar CALENDAR = new BusinessCalendar();

	private static final LegalTerms TERMS = new LegalTerms(CALENDAR,
			new PortalProperties.Terms(15, 2, 1, 1, 5, "0 30 0 * * *"));

	private static final LocalDate REQUESTED = LocalDate.of(2027, 2, 25);

	private static final LocalDate DUE = LocalDate.of(2027, 3, 29);

	@Test
	void aMonthEndingOnHolyThursdayEndsOnTheNextBusinessDay() {
		assertThat(CALENDAR.isBusinessDay(LocalDate.of(2027, 3, 25))).isFalse();
		assertThat(CALENDAR.isBusinessDay(LocalDate.of(2027, 3, 26))).isFalse();
		assertThat(CALENDAR.isBusinessDay(DUE)).isTrue();
		assertThat(TERMS.informationDue(at(REQUESTED), false)).isEqualTo(DUE);
		for (LocalDate day = LocalDate.of(2027, 3, 25); !day.isAfter(DUE); day = day.plusDays(1)) {
			assertThat(TERMS.isInformationOverdue(at(REQUESTED), false, day)).as(day.toString()).isFalse();
		}
		assertThat(TERMS.isInformationOverdue(at(REQUESTED), false, DUE.plusDays(1))).isTrue();
	}

	@Test
	void oneMoreMonthCountsFromTheRequestAndAlsoSkipsToABusinessDay() {
		// 25 April 2027 is a Sunday.
		assertThat(TERMS.informationDue(at(REQUESTED), true)).isEqualTo(LocalDate.of(2027, 4, 26));
		assertThat(TERMS.isInformationOverdue(at(REQUESTED), true, LocalDate.of(2027, 4, 26))).isFalse();
		assertThat(TERMS.isInformationOverdue(at(REQUESTED), true, LocalDate.of(2027, 4, 27))).isTrue();
	}

	@Test
	void aMonthFromTheThirtyFirstEndsOnTheLastDayOfAShorterMonth() {
		// 31 March 2027 + 1 month = 30 April 2027, a Friday.
		assertThat(TERMS.informationDue(at(LocalDate.of(2027, 3, 31)), false)).isEqualTo(LocalDate.of(2027, 4, 30));
		// 31 January 2027 + 1 month = 28 February 2027, a Sunday: Monday 1 March.
		assertThat(TERMS.informationDue(at(LocalDate.of(2027, 1, 31)), false)).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void theJobsCutoffNeverLeavesOutAnOverdueRequest() {
		for (LocalDate today = LocalDate.of(2026, 12, 1); today
			.isBefore(LocalDate.of(2028, 3, 1)); today = today.plusDays(1)) {
			Instant cutoff = TERMS.informationRequestsOverdueBefore(today);
			for (LocalDate requested = today.minusDays(70); !requested.isAfter(today); requested = requested
				.plusDays(1)) {
				for (boolean extended : new boolean[] { false, true }) {
					if (TERMS.isInformationOverdue(at(requested), extended, today)) {
						assertThat(at(requested)).as("%s requested %s", today, requested).isBefore(cutoff);
					}
				}
			}
		}
	}

	@Test
	void theSubmitterMayAskOnceForMoreTimeUntilTheDueDateItself() {
		Offer offer = waitingSince(REQUESTED);
		offer.askForMoreTime(TERMS, DUE, at(DUE));
		assertThat(offer.isInformationExtended()).isTrue();
		assertThat(offer.informationDue(TERMS)).isEqualTo(LocalDate.of(2027, 4, 26));
		assertThat(offer.events()).last()
			.satisfies((entry) -> assertThat(entry.kind()).isEqualTo(OfferEventKind.INFORMATION_TERM_EXTENDED))
			.satisfies((entry) -> assertThat(entry.isVisibleToSubmitter()).isTrue());
		assertRefused(offer, LocalDate.of(2027, 4, 1), MoreTimeRefusedException.Reason.ALREADY_EXTENDED);

		Offer late = waitingSince(REQUESTED);
		assertRefused(late, DUE.plusDays(1), MoreTimeRefusedException.Reason.TERM_ENDED);

		Offer answered = waitingSince(REQUESTED);
		answered.provideInformation("Doscientos docentes.", java.util.List.of(), at(LocalDate.of(2027, 3, 1)));
		assertRefused(answered, LocalDate.of(2027, 3, 2), MoreTimeRefusedException.Reason.NOT_WAITING);
		assertThat(answered.informationRequestedAt()).isNull();
		assertThat(answered.responseClockStartedAt()).isEqualTo(at(LocalDate.of(2027, 3, 1)));
	}

	@Test
	void isTakenAsWithdrawnOnlyAfterTheDueDate() {
		Offer offer = waitingSince(REQUESTED);
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> offer.withdrawTacitly(TERMS, DUE, at(DUE)));
		assertThat(offer.status()).isEqualTo(OfferStatus.MORE_INFORMATION_REQUESTED);

		offer.withdrawTacitly(TERMS, DUE.plusDays(1), at(DUE.plusDays(1)));
		assertThat(offer.status()).isEqualTo(OfferStatus.TACITLY_WITHDRAWN);
		assertThat(offer.events()).last().satisfies((entry) -> {
			assertThat(entry.kind()).isEqualTo(OfferEventKind.TACITLY_WITHDRAWN);
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.isVisibleToSubmitter()).isTrue();
		});
		assertThat(offer.informationRequestedAt()).isNull();
		assertThat(offer.responseClockStartedAt()).isNull();
	}

	@Test
	void anExtendedTermIsTakenAsWithdrawnOnlyAfterTheExtendedDate() {
		Offer offer = waitingSince(REQUESTED);
		offer.askForMoreTime(TERMS, LocalDate.of(2027, 3, 20), at(LocalDate.of(2027, 3, 20)));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> offer.withdrawTacitly(TERMS, DUE.plusDays(1), at(DUE.plusDays(1))));
		offer.withdrawTacitly(TERMS, LocalDate.of(2027, 4, 27), at(LocalDate.of(2027, 4, 27)));
		assertThat(offer.status()).isEqualTo(OfferStatus.TACITLY_WITHDRAWN);
	}

	private static void assertRefused(Offer offer, LocalDate today, MoreTimeRefusedException.Reason reason) {
		int entries = offer.events().size();
		assertThatExceptionOfType(MoreTimeRefusedException.class)
			.isThrownBy(() -> offer.askForMoreTime(TERMS, today, at(today)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
		assertThat(offer.events()).hasSize(entries);
	}

	private static Offer waitingSince(LocalDate day) {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		offer.startReview("staff", at(day));
		offer.requestInformation("staff", "¿Cuántos docentes?", at(day));
		return offer;
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(BOGOTA).toInstant();
	}

}
