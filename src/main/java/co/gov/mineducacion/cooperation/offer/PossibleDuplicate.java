package co.gov.mineducacion.cooperation.offer;

import java.time.Instant;
import java.util.Set;

/**
 * Another offer that may repeat the one the office is reviewing, and why it was found.
 */
public record PossibleDuplicate(String trackingCode, String title, String organizationName, OfferStatus status,
		Instant receivedAt, Set<Match> matches) {

	/**
	 * What the two offers share.
	 */
	public enum Match {

		SAME_TAX_ID, SAME_EMAIL, SIMILAR_TEXT

	}

	/**
	 * Whether this offer may be named as the original of a duplicate.
	 */
	public boolean canBeOriginal() {
		return this.status != OfferStatus.CLOSED_AS_DUPLICATE;
	}

}
