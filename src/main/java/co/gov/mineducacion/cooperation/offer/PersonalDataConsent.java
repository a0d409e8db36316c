package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The submitter's authorisation to process personal data (Ley 1581 de 2012): which
 * version of the notice (and the hash of the text they were shown), when, and from which
 * address, or through which channel and recorded by which staff member when the office
 * took the offer on their behalf.
 */
@Entity
@Table(name = "personal_data_consent")
class PersonalDataConsent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offer_id")
	private Offer offer;

	private String noticeVersion;

	private String noticeSha256;

	private String noticeLanguage;

	private Instant grantedAt;

	private String clientAddress;

	@Enumerated(EnumType.STRING)
	private OfferChannel channel;

	private String recordedBy;

	protected PersonalDataConsent() {
	}

	PersonalDataConsent(Offer offer, ConsentGiven consent) {
		this.offer = offer;
		this.noticeVersion = consent.noticeVersion();
		this.noticeSha256 = consent.noticeSha256();
		this.noticeLanguage = consent.noticeLanguage();
		this.grantedAt = consent.grantedAt();
		this.clientAddress = consent.clientAddress();
		this.channel = consent.channel();
		this.recordedBy = consent.recordedBy();
	}

	String noticeVersion() {
		return this.noticeVersion;
	}

	String noticeSha256() {
		return this.noticeSha256;
	}

	Instant grantedAt() {
		return this.grantedAt;
	}

	String clientAddress() {
		return this.clientAddress;
	}

	OfferChannel channel() {
		return this.channel;
	}

	String recordedBy() {
		return this.recordedBy;
	}

}
