package co.gov.mineducacion.cooperation.offer;

import co.gov.mineducacion.cooperation.shared.Colombia;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Lets submitters follow their offer without an account: find it by filing number and
 * email, open it from the signed link, answer the office's questions (or ask once for
 * more time to), or withdraw it.
 */
@Service
public class OfferTrackingService {

	private final OfferRepository offers;

	private final StatusLinks links;

	private final AttachmentInspector inspector;

	private final Clock clock;

	private final LegalTerms terms;

	OfferTrackingService(OfferRepository offers, StatusLinks links, AttachmentInspector inspector, Clock clock,
			LegalTerms terms) {
		this.terms = terms;
		this.offers = offers;
		this.links = links;
		this.inspector = inspector;
		this.clock = clock;
	}

	/**
	 * The status link token when the filing number and the email belong to one offer;
	 * empty otherwise, whichever of the two was wrong.
	 */
	@Transactional(readOnly = true)
	Optional<String> lookUp(String typedCode, String email) {
		return TrackingCodes.normalize(typedCode)
			.flatMap(this.offers::findByTrackingCode)
			.filter((offer) -> email != null && offer.hasEmail()
					&& offer.contactEmail().equalsIgnoreCase(email.strip()))
			.map((offer) -> this.links.token(offer.trackingCode()));
	}

	@Transactional(readOnly = true)
	OfferStatusView status(String token) {
		Offer offer = offer(token);
		List<OfferStatusView.Entry> history = offer.events()
			.stream()
			.filter(OfferEvent::isVisibleToSubmitter)
			.map((event) -> new OfferStatusView.Entry(event.occurredAt().atZone(Colombia.TIME_ZONE), event.kind(),
					event.newStatus(), event.message(), Offer.SUBMITTER.equals(event.actor())))
			.toList();
		List<String> documents = offer.attachments().stream().map(OfferAttachment::fileName).toList();
		return new OfferStatusView(offer.trackingCode(), offer.title(), offer.organizationName(), offer.status(),
				offer.receivedAt().atZone(Colombia.TIME_ZONE), history, documents,
				offer.status() == OfferStatus.MORE_INFORMATION_REQUESTED, offer.canBeWithdrawn(),
				offer.originalDisclosedToSubmitter(),
				(offer.responseClockStartedAt() != null)
						? this.terms.answerDue(offer.responseClockStartedAt(), offer.responseExtendedUntil()) : null,
				offer.responseExtendedUntil() != null,
				(offer.forwarding() != null) ? offer.forwarding().entityName() : null, information(offer));
	}

	private OfferStatusView.InformationTerm information(Offer offer) {
		LocalDate due = offer.informationDue(this.terms);
		if (due == null) {
			return null;
		}
		return new OfferStatusView.InformationTerm(due, offer.isInformationExtended(),
				offer.mayAskForMoreTime(this.terms, today()));
	}

	/**
	 * The submitter's one request for more time to answer the office (Ley 1755 de 2015,
	 * art. 17); refused when it was already used or the term has ended.
	 */
	@Transactional
	void askForMoreTime(String token) {
		Offer offer = offer(token);
		offer.askForMoreTime(this.terms, today(), this.clock.instant());
		this.offers.save(offer);
	}

	private LocalDate today() {
		return LegalTerms.day(this.clock.instant());
	}

	/**
	 * The submitter's answer to the office's request, with up to three more documents;
	 * the offer goes back to the office's queue.
	 */
	@Transactional
	void answer(String token, String message, List<MultipartFile> files) {
		Offer offer = offer(token);
		List<InspectedFile> inspected = files.stream().map(this.inspector::inspect).toList();
		offer.provideInformation(message, inspected, this.clock.instant());
		this.offers.save(offer);
	}

	@Transactional
	void withdraw(String token, String reason) {
		Offer offer = offer(token);
		offer.withdraw(reason, this.clock.instant());
		this.offers.save(offer);
	}

	private Offer offer(String token) {
		return this.links.trackingCode(token)
			.flatMap(this.offers::findByTrackingCode)
			.orElseThrow(OfferNotFoundException::new);
	}

}
