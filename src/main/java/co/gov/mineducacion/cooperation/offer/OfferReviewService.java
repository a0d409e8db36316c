package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of offers: the queue, one offer's details, and the review workflow.
 * Every move checks the version the staff member saw, so nobody overwrites a colleague's
 * change unseen, and every move the submitter sees is emailed to them through the outbox.
 */
@Service
public class OfferReviewService {

	private final OfferRepository offers;

	private final Clock clock;

	private final OfferDuplicateRepository duplicates;

	private final LegalTerms terms;

	OfferReviewService(OfferRepository offers, Clock clock, OfferDuplicateRepository duplicates, LegalTerms terms) {
		this.offers = offers;
		this.clock = clock;
		this.duplicates = duplicates;
		this.terms = terms;
	}

	@Transactional(readOnly = true)
	public Map<OfferStatus, Long> countsByStatus() {
		Map<OfferStatus, Long> counts = new EnumMap<>(OfferStatus.class);
		for (OfferStatus status : OfferStatus.values()) {
			counts.put(status, 0L);
		}
		this.offers.countByStatus().forEach((row) -> counts.put((OfferStatus) row[0], (Long) row[1]));
		return counts;
	}

	@Transactional(readOnly = true)
	public ReviewDetails details(String trackingCode) {
		Offer o = offer(trackingCode);
		PersonalDataConsent consent = o.consent();
		List<ReviewDetails.Event> history = o.events()
			.stream()
			.map((e) -> new ReviewDetails.Event(e.occurredAt(), e.actor(), e.kind(), e.oldStatus(), e.newStatus(),
					e.message(), e.isVisibleToSubmitter()))
			.toList();
		return new ReviewDetails(o.trackingCode(), o.version(), o.status(), o.assigneeId(), o.organisation(),
				o.contact(), o.title(), o.description(), Set.copyOf(o.actionTypes()), Set.copyOf(o.strategicProjects()),
				Set.copyOf(o.departments()), o.isNationalScope(), o.contribution(), o.receivedAt(),
				o.attachments()
					.stream()
					.map((a) -> new ReviewDetails.Document(a.publicId(), a.fileName(), a.mediaType(), a.sizeBytes()))
					.toList(),
				new ReviewDetails.Consent(consent.noticeVersion() + " · " + consent.noticeSha256(), consent.grantedAt(),
						consent.clientAddress(), (consent.channel() != null) ? consent.channel() : OfferChannel.WEB,
						consent.recordedBy()),
				history, o.status().next(), (o.duplicateOf() != null) ? o.duplicateOf().trackingCode() : null,
				o.responseClockStartedAt(), o.responseExtendedUntil(), terms(o), o.channel(), o.needSlug(),
				o.forwarding());
	}

	private ReviewDetails.Terms terms(Offer offer) {
		Instant started = offer.responseClockStartedAt();
		if (started == null || !offer.status().isAwaitingTheOffice()) {
			return new ReviewDetails.Terms(null, null, false, null, false);
		}
		LocalDate due = this.terms.originalAnswerDue(started);
		LocalDate today = LegalTerms.day(this.clock.instant());
		boolean extendable = offer.responseExtendedUntil() == null && !today.isAfter(due);
		return new ReviewDetails.Terms(due, this.terms.extensionLimit(started), extendable,
				this.terms.forwardingDue(started), this.terms.isForwardingLate(started, today));
	}

	/**
	 * Gives the submitter notice that the answer will come late, why and by when (Ley
	 * 1755 de 2015, art. 14, parágrafo): before the original due date has passed, once,
	 * to a business day after it and no later than the term times the allowed factor from
	 * the day the term started. The submitter is emailed in this transaction.
	 * @throws TermExtensionRefusedException when the law does not allow it
	 */
	@Transactional
	public void extendTerm(String trackingCode, long seenVersion, String staff, LocalDate until, String reason) {
		Offer offer = current(trackingCode, seenVersion);
		Instant started = offer.responseClockStartedAt();
		if (started == null || !offer.status().isAwaitingTheOffice()) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.NOT_RUNNING);
		}
		LocalDate originalDue = this.terms.originalAnswerDue(started);
		Instant now = this.clock.instant();
		if (LegalTerms.day(now).isAfter(originalDue)) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.DEADLINE_PASSED);
		}
		if (!until.isAfter(originalDue)) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.NOT_LATER);
		}
		if (until.isAfter(this.terms.extensionLimit(started))) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.BEYOND_LIMIT);
		}
		if (!this.terms.calendar().isBusinessDay(until)) {
			throw new TermExtensionRefusedException(TermExtensionRefusedException.Reason.NOT_BUSINESS_DAY);
		}
		offer.extendTerm(staff, until, reason, now);
		this.offers.save(offer);
	}

	/**
	 * Makes one of the office's moves, on the offer's page or in bulk from the queue:
	 * checks the version the staff member saw, and for a move that names one, the
	 * original the offer repeats (naming it to the submitter only when it is theirs too).
	 * The offer records the move; what the submitter hears of it is emailed through the
	 * outbox in this transaction ({@link SubmitterEmails}).
	 * @param message the submitter's message, not used by a move that carries none
	 * @param originalCode the filing number of the original, used only by a move that
	 * names one
	 * @throws InvalidOriginalException when the original is unknown, the offer itself, or
	 * a duplicate too
	 */
	@Transactional
	public StatusChange move(String trackingCode, long seenVersion, ReviewMove move, String staff,
			MessageToSubmitter message, String originalCode) {
		Offer offer = current(trackingCode, seenVersion);
		Offer original = move.needsOriginal() ? original(originalCode) : null;
		OfferStatus from = offer.status();
		offer.make(move, staff, message, original, this.clock.instant());
		this.offers.save(offer);
		return new StatusChange(offer.trackingCode(), from, offer.status());
	}

	/**
	 * Other offers that may repeat this one, strongest match first.
	 */
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(String trackingCode) {
		Offer offer = offer(trackingCode);
		return this.duplicates
			.findPossibleDuplicates(offer.id(), offer.organisation().taxId(), offer.contactEmail(),
					offer.organizationName(), offer.title())
			.stream()
			.map((other) -> new PossibleDuplicate(other.trackingCode(), other.title(), other.organizationName(),
					other.status(), other.receivedAt(), matches(offer, other)))
			.toList();
	}

	@Transactional
	public void unassign(String trackingCode, long seenVersion, String actor) {
		current(trackingCode, seenVersion).unassign(actor, this.clock.instant());
	}

	/**
	 * Links a strategic project to the offer on the office's initiative; the caller
	 * checks that the project is published.
	 */
	@Transactional
	public void linkProject(String trackingCode, long seenVersion, String projectCode, String staff) {
		current(trackingCode, seenVersion).linkProject(projectCode, staff, this.clock.instant());
	}

	private Offer original(String originalCode) {
		return TrackingCodes.normalize(originalCode)
			.flatMap(this.offers::findByTrackingCode)
			.orElseThrow(() -> new InvalidOriginalException(InvalidOriginalException.Reason.UNKNOWN));
	}

	private static Set<PossibleDuplicate.Match> matches(Offer offer, Offer other) {
		Set<PossibleDuplicate.Match> matches = EnumSet.noneOf(PossibleDuplicate.Match.class);
		if (offer.organisation().taxId() != null && offer.organisation().taxId().equals(other.organisation().taxId())) {
			matches.add(PossibleDuplicate.Match.SAME_TAX_ID);
		}
		if (offer.hasSameSubmitterAs(other)) {
			matches.add(PossibleDuplicate.Match.SAME_EMAIL);
		}
		if (matches.isEmpty()) {
			matches.add(PossibleDuplicate.Match.SIMILAR_TEXT);
		}
		return matches;
	}

	@Transactional
	public void assign(String trackingCode, long seenVersion, Long staffId, String actor) {
		Offer offer = current(trackingCode, seenVersion);
		offer.assignTo(staffId, actor, this.clock.instant());
		// Saved, though managed, to publish what the offer recorded (staff
		// notifications).
		this.offers.save(offer);
	}

	/**
	 * One of the offer's documents, for staff to download; unknown ids and documents of
	 * another offer are not found alike.
	 */
	@Transactional(readOnly = true)
	public DocumentContent document(String trackingCode, java.util.UUID id) {
		return offer(trackingCode).attachments()
			.stream()
			.filter((a) -> a.publicId().equals(id))
			.findFirst()
			.map((a) -> new DocumentContent(a.fileName(), a.mediaType(), a.content()))
			.orElseThrow(OfferNotFoundException::new);
	}

	@Transactional
	public void addNote(String trackingCode, String staff, String text) {
		offer(trackingCode).addNote(staff, text, this.clock.instant());
	}

	private Offer current(String trackingCode, long seenVersion) {
		Offer offer = offer(trackingCode);
		StaleEditException.check("Offer " + trackingCode, offer.version(), seenVersion);
		return offer;
	}

	private Offer offer(String trackingCode) {
		return this.offers.findByTrackingCode(trackingCode).orElseThrow(OfferNotFoundException::new);
	}

}
