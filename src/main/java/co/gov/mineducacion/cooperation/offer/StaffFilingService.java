package co.gov.mineducacion.cooperation.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import co.gov.mineducacion.cooperation.site.PrivacyNotice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files offers that reached the office by phone, in person, by email or by post, on the
 * person's behalf (Decreto 1166 de 2016): with the consent as they gave it, and the
 * confirmation email ({@link SubmitterEmails}) and audit line ({@link StaffFilingAudit})
 * in the same transaction.
 */
@Service
public class StaffFilingService {

	private final OfferRepository offers;

	private final PrivacyNotice notice;

	private final Clock clock;

	StaffFilingService(OfferRepository offers, PrivacyNotice notice, Clock clock) {
		this.offers = offers;
		this.notice = notice;
		this.clock = clock;
	}

	/**
	 * Files the offer and returns its filing number; a form token already used returns
	 * the filing number of the offer it created instead of filing another.
	 */
	@Transactional
	String file(OfferDraft draft, String formToken, StaffReceipt receipt) {
		Optional<Offer> existing = this.offers.findByFormToken(formToken);
		if (existing.isPresent()) {
			return existing.get().trackingCode();
		}
		Instant now = this.clock.instant();
		Locale language = Locale.forLanguageTag(draft.contact().preferredLanguage());
		ConsentGiven consent = new ConsentGiven(this.notice.version(), this.notice.sha256(language),
				language.getLanguage(), receipt.receivedAt(), null, receipt.channel(), receipt.staff());
		String code = TrackingCodes.unused(receipt.receivedAt(), this.offers::existsByTrackingCode);
		return this.offers.save(Offer.fileOnBehalf(draft, code, formToken, consent, receipt, now)).trackingCode();
	}

	@Transactional(readOnly = true)
	Optional<String> filedCode(String formToken) {
		return this.offers.findByFormToken(formToken).map(Offer::trackingCode);
	}

	/**
	 * The receipt of an offer filed by the office; empty for an unknown filing number or
	 * an offer sent through the web form.
	 */
	@Transactional(readOnly = true)
	public Optional<FiledOffer> filed(String trackingCode) {
		return this.offers.findByTrackingCode(trackingCode)
			.filter((offer) -> offer.channel() != OfferChannel.WEB)
			.map(FiledOffer::of);
	}

}
