package co.gov.mineducacion.cooperation.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.gov.mineducacion.cooperation.offer.OfferContribution;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A certificate of what a partner contributed, as it was issued: the facts are copied
 * from the accepted offer at issue and never change, so that the verification page
 * confirms what the paper says. Staff may revoke it, once.
 */
@Entity
@Table(name = "contribution_certificate")
class ContributionCertificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String offerCode;

	private String partnerName;

	private String contributionTitle;

	private String contributionTitleEn;

	private String activitySlug;

	private String contributionKind;

	private String actionTypes;

	private LocalDate startDate;

	private LocalDate endDate;

	private BigDecimal amount;

	private String currency;

	private Instant acceptedAt;

	private Instant issuedAt;

	private String issuedBy;

	private Instant revokedAt;

	private String revokedBy;

	@Version
	private long version;

	protected ContributionCertificate() {
	}

	/**
	 * A certificate of an accepted offer's contribution; an amount is recorded only with
	 * its currency.
	 */
	ContributionCertificate(String code, OfferContribution offer, String issuedBy, Instant issuedAt) {
		this.code = code;
		this.offerCode = offer.trackingCode();
		this.partnerName = offer.organizationName();
		this.contributionTitle = offer.title();
		this.contributionKind = (offer.contributionKind() != null) ? offer.contributionKind().name() : null;
		this.actionTypes = String.join(",", offer.actionTypes());
		this.startDate = offer.startDate();
		this.endDate = offer.endDate();
		boolean amount = offer.estimatedValue() != null && offer.currency() != null;
		this.amount = amount ? offer.estimatedValue() : null;
		this.currency = amount ? offer.currency().name() : null;
		this.acceptedAt = offer.acceptedAt();
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	/**
	 * A certificate of what a funder committed to an activity; the amount is the funder's
	 * commitment, if recorded, and the dates the activity's.
	 */
	ContributionCertificate(String code, FunderContribution funder, String issuedBy, Instant issuedAt) {
		this.code = code;
		this.activitySlug = funder.activitySlug();
		this.partnerName = funder.funder();
		this.contributionTitle = funder.activityTitle().es();
		this.contributionTitleEn = funder.activityTitle().en();
		this.actionTypes = String.join(",", funder.actionTypes());
		this.startDate = funder.start();
		this.endDate = funder.end();
		this.amount = (funder.commitment() != null) ? funder.commitment().amount() : null;
		this.currency = (funder.commitment() != null) ? funder.commitment().currency() : null;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
	}

	/**
	 * Withdraws the certificate: the verification page says so from now on.
	 * @throws CertificateAlreadyRevokedException when it was revoked before
	 */
	void revoke(String by, Instant at) {
		if (isRevoked()) {
			throw new CertificateAlreadyRevokedException();
		}
		this.revokedBy = by;
		this.revokedAt = at;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	CertificateView view() {
		return new CertificateView(this.code, this.offerCode, this.activitySlug, this.partnerName,
				this.contributionTitle, this.contributionTitleEn, this.contributionKind,
				this.actionTypes.isEmpty() ? List.of() : List.of(this.actionTypes.split(",")), this.startDate,
				this.endDate, this.amount, this.currency, this.acceptedAt, this.issuedAt, this.issuedBy,
				this.revokedAt);
	}

}
