package co.gov.mineducacion.cooperation.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import co.gov.mineducacion.cooperation.site.PrivacyNotice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives cooperation offers: checks and holds their documents between review and
 * confirmation, finds offers already received from the same organisation, and files the
 * offer with its authorisation, history and confirmation email ({@link SubmitterEmails})
 * in one transaction.
 */
@Service
public class OfferService {

	private final OfferRepository offers;

	private final StagedUploadRepository staged;

	private final AttachmentInspector inspector;

	private final PrivacyNotice notice;

	private final Clock clock;

	OfferService(OfferRepository offers, StagedUploadRepository staged, AttachmentInspector inspector,
			PrivacyNotice notice, Clock clock) {
		this.offers = offers;
		this.staged = staged;
		this.inspector = inspector;
		this.notice = notice;
		this.clock = clock;
	}

	/**
	 * Checks the chosen documents and holds them for the form; they replace any held
	 * before.
	 */
	@Transactional
	public void stage(String formToken, List<MultipartFile> files) {
		List<InspectedFile> inspected = files.stream().map(this.inspector::inspect).toList();
		this.staged.deleteByFormToken(formToken);
		Instant now = this.clock.instant();
		inspected.forEach((file) -> this.staged.save(new StagedUpload(formToken, file, now)));
	}

	@Transactional(readOnly = true)
	List<StagedFile> stagedFiles(String formToken) {
		return this.staged.findByFormTokenOrderById(formToken)
			.stream()
			.map((upload) -> new StagedFile(upload.fileName(), upload.sizeBytes()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<SimilarOffer> similar(OfferDraft draft) {
		return this.offers
			.findSimilar(draft.organisation().taxId(), draft.contact().email(), draft.organisation().name(),
					draft.title())
			.stream()
			.map((offer) -> new SimilarOffer(offer.title(), offer.receivedAt(), offer.status()))
			.toList();
	}

	/**
	 * Files the offer and queues its confirmation email; returns its filing number. A
	 * form token already used returns the filing number of the offer it created instead
	 * of filing another.
	 */
	@Transactional
	public String submit(OfferDraft draft, String formToken, String clientAddress) {
		Optional<Offer> existing = this.offers.findByFormToken(formToken);
		if (existing.isPresent()) {
			return existing.get().trackingCode();
		}
		Instant now = this.clock.instant();
		List<InspectedFile> files = this.staged.findByFormTokenOrderById(formToken)
			.stream()
			.map(StagedUpload::file)
			.toList();
		Locale language = Locale.forLanguageTag(draft.contact().preferredLanguage());
		ConsentGiven consent = new ConsentGiven(this.notice.version(), this.notice.sha256(language),
				language.getLanguage(), now, clientAddress);
		Offer offer = this.offers.save(Offer.receive(draft,
				TrackingCodes.unused(now, this.offers::existsByTrackingCode), formToken, consent, files, now));
		this.staged.deleteByFormToken(formToken);
		return offer.trackingCode();
	}

	@Transactional(readOnly = true)
	Optional<String> trackingCodeOfForm(String formToken) {
		return this.offers.findByFormToken(formToken).map(Offer::trackingCode);
	}

	/**
	 * Forgets documents staged for a form never submitted: hourly, on one instance (the
	 * lock outlasts the run by half an hour, so the others skip that hour).
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@SchedulerLock(name = "forget-abandoned-uploads", lockAtMostFor = "PT40M", lockAtLeastFor = "PT30M")
	@Transactional
	public void forgetAbandonedUploads() {
		this.staged.deleteUploadedBefore(this.clock.instant().minus(Duration.ofDays(1)));
	}

}
