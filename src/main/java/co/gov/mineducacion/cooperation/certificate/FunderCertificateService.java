package co.gov.mineducacion.cooperation.certificate;

import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.activity.ActivityRecord;
import co.gov.mineducacion.cooperation.activity.ActivityService;
import co.gov.mineducacion.cooperation.activity.OrganisationRole;
import co.gov.mineducacion.cooperation.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates of what an activity's funding organisation committed; each issue
 * goes to the audit log in the same transaction (revocation is the same as for any
 * certificate: {@link CertificateService#revoke}).
 */
@Service
class FunderCertificateService {

	private final CertificateRepository certificates;

	private final CertificateCodes codes;

	private final ActivityService activities;

	private final AuditLog audit;

	private final Clock clock;

	FunderCertificateService(CertificateRepository certificates, CertificateCodes codes, ActivityService activities,
			AuditLog audit, Clock clock) {
		this.certificates = certificates;
		this.codes = codes;
		this.activities = activities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new certificate for the funder of this name of the activity with this address
	 * name; empty when the activity has no funder of that name.
	 */
	@Transactional
	Optional<String> issue(String activitySlug, String funder, String by) {
		return this.activities.record(activitySlug).flatMap((a) -> contribution(a, funder)).map((contribution) -> {
			String code = this.codes.newCode();
			this.certificates.save(new ContributionCertificate(code, contribution, by, this.clock.instant()));
			this.audit.record("certificate.issued", "certificate/" + code,
					"activity/" + activitySlug + " funder " + contribution.funder());
			return code;
		});
	}

	private static Optional<FunderContribution> contribution(ActivityRecord a, String funder) {
		return a.organisations()
			.stream()
			.filter((o) -> o.role() == OrganisationRole.FUNDER && o.name().equals(funder))
			.findFirst()
			.map((o) -> new FunderContribution(a.slug(), a.title(), o.name(), o.commitment(), a.start().firstDay(),
					(a.end() != null) ? a.end().lastDay() : null, new TreeSet<>(a.actionTypes())));
	}

}
