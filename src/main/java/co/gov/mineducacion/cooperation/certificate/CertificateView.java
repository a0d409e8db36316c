package co.gov.mineducacion.cooperation.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import co.gov.mineducacion.cooperation.shared.Colombia;

/**
 * What a certificate states, for its PDF, its verification page and the staff's list.
 *
 * @param code the verification code
 * @param offerCode the accepted offer's filing number, or {@code null} for a funder's
 * @param activitySlug the activity a funder's certificate is for, or {@code null}
 * @param partnerName the contributing organisation
 * @param contributionTitle what was offered, or the activity's title in Spanish
 * @param contributionTitleEn the activity's title in English, or {@code null}
 * @param contributionKind {@code ContributionKind} name, or {@code null}
 * @param actionTypes the ways to cooperate (codes)
 * @param startDate when the contribution starts, or {@code null}
 * @param endDate when it ends, or {@code null}
 * @param amount the estimated value recorded with the offer, or {@code null}
 * @param currency its ISO 4217 code, or {@code null}
 * @param acceptedAt when the office accepted the offer, or {@code null}
 * @param issuedAt when the certificate was issued
 * @param issuedBy who issued it (shown to staff only)
 * @param revokedAt when it was revoked, or {@code null}
 */
record CertificateView(String code, String offerCode, String activitySlug, String partnerName, String contributionTitle,
		String contributionTitleEn, String contributionKind, List<String> actionTypes, LocalDate startDate,
		LocalDate endDate, BigDecimal amount, String currency, Instant acceptedAt, Instant issuedAt, String issuedBy,
		Instant revokedAt) {

	CertificateView {
		actionTypes = List.copyOf(actionTypes);
	}

	public ZonedDateTime issuedInColombia() {
		return this.issuedAt.atZone(Colombia.TIME_ZONE);
	}

	/**
	 * Whether it certifies a funder's commitment to an activity, not an accepted offer.
	 */
	public boolean forFunder() {
		return this.activitySlug != null;
	}

	/**
	 * What it comes from: the offer's filing number or the activity's address name.
	 */
	public String source() {
		return forFunder() ? this.activitySlug : this.offerCode;
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
