package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static co.gov.mineducacion.cooperation.offer.OfferStatus.ACCEPTED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.CLOSED_AS_DUPLICATE;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.DECLINED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.FORWARDED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.IN_REVIEW;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.MORE_INFORMATION_REQUESTED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.RECEIVED;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.TACITLY_WITHDRAWN;
import static co.gov.mineducacion.cooperation.offer.OfferStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The review workflow as a state machine, pair by pair: every move the issue allows
 * succeeds and is recorded, every other one is refused and changes nothing.
 */
class OfferWorkflowTests {

	private static final Instant LATER = Instant.parse("2026-11-10T10:00:00Z");

	private static final LegalTerms TERMS = new LegalTerms(new BusinessCalendar(),
			new PortalProperties.Terms(15, 2, 1, 1, 5, "0 30 0 * * *"));

	/**
	 * Well after the month the submitter had to answer a request made {@link #LATER}.
	 */
	private static final LocalDate MONTHS_LATER = LocalDate.of(2027, 2, 1);

	/**
	 * The workflow as the issue states it: Received → In review → More information
	 * requested → (answer) → In review → Accepted or Declined; withdrawn by the submitter
	 * and closed as a duplicate by the office while the offer is open; forwarded to the
	 * competent entity by the office while it holds the offer (received or in review);
	 * taken as withdrawn when the submitter leaves a request for information unanswered
	 * (art. 17).
	 */
	private static final Map<OfferStatus, Set<OfferStatus>> ALLOWED = Map.of(RECEIVED,
			Set.of(IN_REVIEW, WITHDRAWN, CLOSED_AS_DUPLICATE, FORWARDED), IN_REVIEW,
			Set.of(MORE_INFORMATION_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, CLOSED_AS_DUPLICATE, FORWARDED),
			MORE_INFORMATION_REQUESTED, Set.of(IN_REVIEW, WITHDRAWN, CLOSED_AS_DUPLICATE, TACITLY_WITHDRAWN), ACCEPTED,
			Set.of(), DECLINED, Set.of(), WITHDRAWN, Set.of(), CLOSED_AS_DUPLICATE, Set.of(), FORWARDED, Set.of(),
			TACITLY_WITHDRAWN, Set.of());

	private static final ForwardingRequest FORWARDING = new ForwardingRequest("Ministerio de Salud",
			"correspondencia@minsalud.gov.co", "La remitimos al Ministerio de Salud.", false);

	/**
	 * Each named move, as the entity offers it.
	 */
	private static final Map<OfferTransition, BiConsumer<Offer, Offer>> MOVES = Map.of(OfferTransition.START_REVIEW,
			(offer, original) -> offer.startReview("staff", LATER), OfferTransition.REQUEST_INFORMATION,
			(offer, original) -> offer.requestInformation("staff", "¿Cuántos docentes?", LATER),
			OfferTransition.PROVIDE_INFORMATION, (offer, original) -> offer.provideInformation("200", List.of(), LATER),
			OfferTransition.ACCEPT, (offer, original) -> offer.accept("staff", "Bienvenidos", LATER),
			OfferTransition.DECLINE, (offer, original) -> offer.decline("staff", "No aplica", LATER),
			OfferTransition.WITHDRAW, (offer, original) -> offer.withdraw("Cambió el presupuesto", LATER),
			OfferTransition.CLOSE_AS_DUPLICATE,
			(offer, original) -> offer.closeAsDuplicate(original, "staff", "Repetida", LATER), OfferTransition.FORWARD,
			(offer, original) -> offer.forward("staff", FORWARDING, false, LATER), OfferTransition.WITHDRAW_TACITLY,
			(offer, original) -> offer.withdrawTacitly(TERMS, MONTHS_LATER, LATER));

	static Stream<Arguments> everyPairOfStatuses() {
		return Arrays.stream(OfferStatus.values())
			.flatMap((from) -> Arrays.stream(OfferStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	static Stream<Arguments> everyMoveFromEveryStatus() {
		return Arrays.stream(OfferStatus.values())
			.flatMap((from) -> Arrays.stream(OfferTransition.values()).map((move) -> Arguments.of(from, move)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPairOfStatuses")
	void allowsExactlyTheMovesOfTheWorkflow(OfferStatus from, OfferStatus to) {
		assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.get(from).contains(to));
		boolean someMoveLeadsThere = Arrays.stream(OfferTransition.values())
			.anyMatch((move) -> move.target() == to && move.startsFrom(from));
		assertThat(someMoveLeadsThere).isEqualTo(ALLOWED.get(from).contains(to));
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("everyMoveFromEveryStatus")
	void makesAnAllowedMoveAndRefusesAnyOtherWithoutChangingAnything(OfferStatus from, OfferTransition move) {
		Offer offer = offerIn(from);
		Offer original = OfferFixtures.receivedOffer("original@example.org");
		int eventsBefore = offer.events().size();
		Offer originalBefore = offer.duplicateOf();
		if (ALLOWED.get(from).contains(move.target()) && move.startsFrom(from)) {
			MOVES.get(move).accept(offer, original);
			assertThat(offer.status()).isEqualTo(move.target());
			OfferEvent last = offer.events().get(offer.events().size() - 1);
			assertThat(last.kind()).isEqualTo(move.recordedAs());
			assertThat(last.oldStatus()).isEqualTo(from);
			assertThat(last.newStatus()).isEqualTo(move.target());
			assertThat(last.isVisibleToSubmitter()).isTrue();
		}
		else {
			assertThatExceptionOfType(IllegalOfferTransitionException.class)
				.isThrownBy(() -> MOVES.get(move).accept(offer, original))
				.satisfies((ex) -> {
					assertThat(ex.from()).isEqualTo(from);
					assertThat(ex.to()).isEqualTo(move.target());
				});
			assertThat(offer.status()).isEqualTo(from);
			assertThat(offer.events()).hasSize(eventsBefore);
			assertThat(offer.duplicateOf()).isSameAs(originalBefore);
		}
	}

	@Test
	void forwardingStopsTheClockEndsTheOfferAndKeepsToWhomItWent() {
		Offer offer = offerIn(IN_REVIEW);
		offer.forward("staff", FORWARDING, true, LATER);
		assertThat(offer.status().next()).isEmpty();
		assertThat(offer.responseClockStartedAt()).isNull();
		assertThat(offer.forwarding().entityName()).isEqualTo("Ministerio de Salud");
		assertThat(offer.forwarding().isLate()).isTrue();
		assertThat(offer.forwarding().at()).isEqualTo(LATER);
		assertThat(offer.events().get(offer.events().size() - 1).message())
			.isEqualTo("La remitimos al Ministerio de Salud.");
		assertThat(ReviewMove.inBulk()).noneMatch((move) -> move.target() == FORWARDED);
	}

	@Test
	void onlyTheSubmittersAnswerBringsAWaitingOfferBackToReview() {
		Offer offer = offerIn(MORE_INFORMATION_REQUESTED);
		assertThatExceptionOfType(IllegalOfferTransitionException.class)
			.isThrownBy(() -> offer.startReview("staff", LATER));
		offer.provideInformation("Doscientos docentes.", List.of(), LATER);
		assertThat(offer.status()).isEqualTo(IN_REVIEW);
	}

	@Test
	void pointsADuplicateAtItsOriginalAndRefusesItselfOrAnotherDuplicateAsOriginal() {
		Offer offer = offerIn(IN_REVIEW);
		assertThatExceptionOfType(InvalidOriginalException.class)
			.isThrownBy(() -> offer.closeAsDuplicate(offer, "staff", "Repetida", LATER))
			.extracting(InvalidOriginalException::reason)
			.isEqualTo(InvalidOriginalException.Reason.SAME_OFFER);
		Offer duplicate = offerIn(CLOSED_AS_DUPLICATE);
		assertThatExceptionOfType(InvalidOriginalException.class)
			.isThrownBy(() -> offer.closeAsDuplicate(duplicate, "staff", "Repetida", LATER))
			.extracting(InvalidOriginalException::reason)
			.isEqualTo(InvalidOriginalException.Reason.ITSELF_A_DUPLICATE);
		assertThat(offer.status()).isEqualTo(IN_REVIEW);

		Offer original = OfferFixtures.receivedOffer("otra@example.org");
		offer.closeAsDuplicate(original, "staff", "Repetida", LATER);
		assertThat(offer.duplicateOf()).isSameAs(original);
	}

	@Test
	void tellsASubmitterTheOriginalsFilingNumberOnlyWhenTheOriginalIsTheirs() {
		Offer mine = OfferFixtures.receivedOffer("ana@example.org");
		Offer minePreviously = OfferFixtures.receivedOffer("ANA@example.org");
		mine.closeAsDuplicate(minePreviously, "staff", "Repetida", LATER);
		assertThat(mine.originalDisclosedToSubmitter()).isEqualTo(minePreviously.trackingCode());

		Offer someoneElses = OfferFixtures.receivedOffer("ana@example.org");
		someoneElses.closeAsDuplicate(OfferFixtures.receivedOffer("luis@example.org"), "staff", "Repetida", LATER);
		assertThat(someoneElses.originalDisclosedToSubmitter()).isNull();
	}

	@Test
	void keepsAssignmentsAndLinkedProjectsOutOfTheSubmittersHistory() {
		Offer offer = offerIn(IN_REVIEW);
		offer.assignTo(7L, "jefa", LATER);
		offer.unassign("jefa", LATER);
		offer.linkProject("SUP-PER-03", "analista", LATER);
		offer.linkProject("SUP-PER-03", "analista", LATER);
		assertThat(offer.assigneeId()).isNull();
		assertThat(offer.strategicProjects()).containsExactly("SUP-PER-03");
		assertThat(offer.events()).filteredOn(OfferEvent::isVisibleToSubmitter)
			.extracting(OfferEvent::kind)
			.containsExactly(OfferEventKind.SUBMITTED, OfferEventKind.REVIEW_STARTED);
		assertThat(offer.events()).extracting(OfferEvent::kind)
			.containsSubsequence(OfferEventKind.ASSIGNED, OfferEventKind.UNASSIGNED, OfferEventKind.PROJECT_LINKED)
			.containsOnlyOnce(OfferEventKind.PROJECT_LINKED);
	}

	/**
	 * An offer brought to {@code status} along the workflow's own moves.
	 */
	private static Offer offerIn(OfferStatus status) {
		Offer offer = OfferFixtures.receivedOffer("a@example.org");
		switch (status) {
			case RECEIVED -> {
			}
			case IN_REVIEW -> offer.startReview("staff", LATER);
			case MORE_INFORMATION_REQUESTED -> {
				offer.startReview("staff", LATER);
				offer.requestInformation("staff", "¿Cuántos?", LATER);
			}
			case ACCEPTED -> {
				offer.startReview("staff", LATER);
				offer.accept("staff", "Bienvenidos", LATER);
			}
			case DECLINED -> {
				offer.startReview("staff", LATER);
				offer.decline("staff", "No aplica", LATER);
			}
			case WITHDRAWN -> offer.withdraw("Ya no", LATER);
			case CLOSED_AS_DUPLICATE ->
				offer.closeAsDuplicate(OfferFixtures.receivedOffer("b@example.org"), "staff", "Repetida", LATER);
			case FORWARDED -> offer.forward("staff", FORWARDING, false, LATER);
			case TACITLY_WITHDRAWN -> {
				offer.startReview("staff", LATER);
				offer.requestInformation("staff", "¿Cuántos?", LATER);
				offer.withdrawTacitly(TERMS, MONTHS_LATER, LATER);
			}
		}
		assertThat(offer.status()).isEqualTo(status);
		return offer;
	}

}
