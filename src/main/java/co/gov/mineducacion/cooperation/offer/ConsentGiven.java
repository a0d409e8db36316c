package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

/**
 * What a submitter agreed to, captured at the moment of submission.
 */
record ConsentGiven(String noticeVersion, String noticeSha256, String noticeLanguage, Instant grantedAt,
		String clientAddress) {

}
