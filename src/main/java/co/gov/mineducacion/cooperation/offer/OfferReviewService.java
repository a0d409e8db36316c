package co.gov.mineducacion.cooperation.offer;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.gov.mineducacion.cooperation.notification.MailOutbox;

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

	private final MailOutbox outbox;

	private final OfferMails mails;

	private final Clock clock;

	OfferReviewService(OfferRepository offers, MailOutbox outbox, OfferMails mails, Clock clock) {
		this.offers = offers;
		this.outbox = outbox;
		this.mails = mails;
		this.clock = clock;
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
		return new ReviewDetails(o.trackingCode(), o.version(), o.status(), o.assigneeId(), o.organizationName(),
				o.sector(), o.country(), o.taxId(), o.website(), o.contactName(), o.contactPosition(), o.contactEmail(),
				o.contactPhone(), o.preferredLanguage(), o.title(), o.description(), Set.copyOf(o.actionTypes()),
				Set.copyOf(o.strategicProjects()), Set.copyOf(o.departments()), o.isNationalScope(),
				o.contributionKind(), o.estimatedValue(), o.currency(), o.startDate(), o.endDate(), o.receivedAt(),
				o.attachments()
					.stream()
					.map((a) -> new ReviewDetails.Document(a.publicId(), a.fileName(), a.mediaType(), a.sizeBytes()))
					.toList(),
				consent.noticeVersion() + " · " + consent.noticeSha256(), consent.grantedAt(), consent.clientAddress(),
				history, o.status().next());
	}

	@Transactional
	public void startReview(String trackingCode, long seenVersion, String staff) {
		current(trackingCode, seenVersion).startReview(staff, this.clock.instant());
	}

	@Transactional
	public void requestInformation(String trackingCode, long seenVersion, String staff, String message) {
		Offer offer = current(trackingCode, seenVersion);
		offer.requestInformation(staff, message, this.clock.instant());
		this.outbox.enqueue(this.mails.statusChanged(offer));
	}

	@Transactional
	public void accept(String trackingCode, long seenVersion, String staff, String message) {
		Offer offer = current(trackingCode, seenVersion);
		offer.accept(staff, message, this.clock.instant());
		this.outbox.enqueue(this.mails.statusChanged(offer));
	}

	@Transactional
	public void decline(String trackingCode, long seenVersion, String staff, String message) {
		Offer offer = current(trackingCode, seenVersion);
		offer.decline(staff, message, this.clock.instant());
		this.outbox.enqueue(this.mails.statusChanged(offer));
	}

	@Transactional
	public void assign(String trackingCode, long seenVersion, Long staffId, String actor) {
		current(trackingCode, seenVersion).assignTo(staffId, actor, this.clock.instant());
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
		if (offer.version() != seenVersion) {
			throw new OfferChangedException(trackingCode);
		}
		return offer;
	}

	private Offer offer(String trackingCode) {
		return this.offers.findByTrackingCode(trackingCode).orElseThrow(OfferNotFoundException::new);
	}

}
