package co.gov.mineducacion.cooperation.offer;

import java.time.Clock;
import java.time.Instant;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Forwards an offer the Ministry is not competent for to the entity that is (Ley 1755 de
 * 2015, art. 21), within the term of {@link LegalTerms#forwardingDue}. Forwarding late is
 * still better for the submitter than not forwarding, so it is allowed, and recorded as
 * late in the offer and the audit log.
 */
@Service
public class OfferForwardingService {

	private final OfferRepository offers;

	private final Clock clock;

	private final LegalTerms terms;

	private final DataSize maxAttachmentsSize;

	OfferForwardingService(OfferRepository offers, Clock clock, LegalTerms terms, PortalProperties properties) {
		this.offers = offers;
		this.clock = clock;
		this.terms = terms;
		this.maxAttachmentsSize = properties.mail().maxAttachmentsSize();
	}

	/**
	 * Forwards the offer, checking the version the staff member saw; the submitter and
	 * the entity are emailed through the outbox in this transaction.
	 * @throws IllegalOfferTransitionException when the offer is not received or in review
	 * @throws DocumentsTooLargeToSendException when staff chose to send the documents and
	 * they are larger than an email may carry
	 */
	@Transactional
	public Outcome forward(String trackingCode, long seenVersion, String staff, ForwardingRequest request) {
		Offer offer = this.offers.findByTrackingCode(trackingCode).orElseThrow(OfferNotFoundException::new);
		StaleEditException.check("Offer " + trackingCode, offer.version(), seenVersion);
		DataSize documents = DataSize.ofBytes(offer.documentsSize());
		if (request.attachDocuments() && documents.compareTo(this.maxAttachmentsSize) > 0) {
			throw new DocumentsTooLargeToSendException(documents, this.maxAttachmentsSize);
		}
		OfferStatus from = offer.status();
		Instant now = this.clock.instant();
		boolean late = offer.responseClockStartedAt() != null
				&& this.terms.isForwardingLate(offer.responseClockStartedAt(), LegalTerms.day(now));
		offer.forward(staff, request, late, now);
		this.offers.save(offer);
		return new Outcome(new StatusChange(offer.trackingCode(), from, offer.status()), late);
	}

	/**
	 * The move made, and whether it came after the term the law gives.
	 */
	public record Outcome(StatusChange change, boolean late) {
	}

}
