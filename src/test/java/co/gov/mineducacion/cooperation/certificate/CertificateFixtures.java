package co.gov.mineducacion.cooperation.certificate;

import java.time.LocalDate;

import co.gov.mineducacion.cooperation.test.OfferRows;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Certificates for tests outside this package (the browser tests): an accepted offer with
 * an amount and dates, and a certificate of it issued through the service.
 */
public final class CertificateFixtures {

	private CertificateFixtures() {
	}

	/**
	 * An accepted offer from {@code organisation}, recorded with COP 1,234,567.50 from
	 * February to November 2026; returns its filing number.
	 */
	public static String acceptedOffer(JdbcTemplate jdbc, String organisation) {
		String code = new OfferRows(jdbc).offer((o) -> o.status("ACCEPTED").organization(organisation));
		jdbc.update("""
				UPDATE offer SET estimated_value = 1234567.50, currency = 'COP', contribution_kind = 'FINANCIAL',
				    start_date = ?, end_date = ? WHERE tracking_code = ?""", LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 11, 30), code);
		return code;
	}

	/**
	 * Issues a certificate of a new accepted offer from {@code organisation}, revoked if
	 * asked; returns its verification code.
	 */
	public static String certificate(ApplicationContext context, String organisation, boolean revoked) {
		CertificateService certificates = context.getBean(CertificateService.class);
		String offer = acceptedOffer(context.getBean(JdbcTemplate.class), organisation);
		String code = certificates.issueForOffer(offer, "analista@mineducacion.gov.co").orElseThrow();
		if (revoked) {
			certificates.revoke(code, "analista@mineducacion.gov.co");
		}
		return code;
	}

}
