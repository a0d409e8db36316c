package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;

/**
 * What a submitter agreed to, captured at the moment of submission: on the web form from
 * a client address, or told to a staff member through another channel (by word of mouth
 * by phone or in person, in writing by email or by post), who recorded it.
 *
 * @param clientAddress the web client's address; {@code null} when staff recorded it
 * @param channel how the person gave it
 * @param recordedBy the staff member who recorded it; {@code null} on the web form
 */
record ConsentGiven(String noticeVersion, String noticeSha256, String noticeLanguage, Instant grantedAt,
		String clientAddress, OfferChannel channel, String recordedBy) {

	/**
	 * Consent given on the web form.
	 */
	ConsentGiven(String noticeVersion, String noticeSha256, String noticeLanguage, Instant grantedAt,
			String clientAddress) {
		this(noticeVersion, noticeSha256, noticeLanguage, grantedAt, clientAddress, OfferChannel.WEB, null);
	}

}
