package co.gov.mineducacion.cooperation.need;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a need is met: what the accepted offers naming it and the activities linked to
 * it add up to, against what it seeks (public for the templates).
 *
 * @param sought the amount or count sought
 * @param met what counts towards it so far
 * @param soughtText the sought amount or count as readers read it
 * @param metText what counts so far, the same way
 * @param acceptedOffers how many accepted offers name the need
 * @param activities how many linked activities count towards it
 */
public record NeedProgress(BigDecimal sought, BigDecimal met, String soughtText, String metText, long acceptedOffers,
		long activities) {

	/**
	 * The share met, in whole percent, at most 100.
	 */
	public int percent() {
		if (this.sought.signum() <= 0) {
			return 0;
		}
		BigDecimal share = this.met.multiply(BigDecimal.valueOf(100)).divide(this.sought, 0, RoundingMode.DOWN);
		return Math.min(100, share.intValue());
	}

}
