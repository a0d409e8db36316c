package co.gov.mineducacion.cooperation.certificate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import co.gov.mineducacion.cooperation.audit.AuditLog;
import co.gov.mineducacion.cooperation.offer.OfferContributions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, finds and revokes contribution certificates; each issue and revocation goes to
 * the audit log in the same transaction.
 */
@Service
class CertificateService {

	private final CertificateRepository certificates;

	private final CertificateCodes codes;

	private final OfferContributions offers;

	private final AuditLog audit;

	private final Clock clock;

	CertificateService(CertificateRepository certificates, CertificateCodes codes, OfferContributions offers,
			AuditLog audit, Clock clock) {
		this.certificates = certificates;
		this.codes = codes;
		this.offers = offers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new certificate of the contribution of the accepted offer with this filing
	 * number; empty when no accepted offer has it.
	 */
	@Transactional
	Optional<String> issueForOffer(String trackingCode, String by) {
		return this.offers.accepted(trackingCode).map((offer) -> {
			String code = this.codes.newCode();
			this.certificates.save(new ContributionCertificate(code, offer, by, this.clock.instant()));
			this.audit.record("certificate.issued", "certificate/" + code, offer.trackingCode());
			return code;
		});
	}

	/**
	 * The certificate with this code, revoked or not; empty when the code is not one the
	 * portal made or names no certificate.
	 */
	@Transactional(readOnly = true)
	Optional<CertificateView> find(String code) {
		if (!this.codes.isGenuine(code)) {
			return Optional.empty();
		}
		return this.certificates.findByCode(code).map(ContributionCertificate::view);
	}

	@Transactional(readOnly = true)
	List<CertificateView> latest() {
		return this.certificates.findTop100ByOrderByIssuedAtDescIdDesc()
			.stream()
			.map(ContributionCertificate::view)
			.toList();
	}

	@Transactional
	void revoke(String code, String by) {
		ContributionCertificate certificate = this.certificates.findByCode(code)
			.orElseThrow(CertificateNotFoundException::new);
		certificate.revoke(by, this.clock.instant());
		this.audit.record("certificate.revoked", "certificate/" + code, certificate.view().source());
	}

}
