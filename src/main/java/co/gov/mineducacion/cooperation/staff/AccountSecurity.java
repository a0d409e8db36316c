package co.gov.mineducacion.cooperation.staff;

import java.time.LocalDate;

/**
 * A staff member's second factor as their security page shows it.
 *
 * @param enabled whether an authenticator app is enrolled
 * @param enabledOn the day it was (Bogotá time), when it is
 * @param recoveryCodesLeft unused recovery codes
 * @param required whether the account must have an app (ADMINs)
 * @param setup the secret being enrolled, while a set-up waits for its first code
 */
record AccountSecurity(boolean enabled, LocalDate enabledOn, int recoveryCodesLeft, boolean required, TotpSetup setup) {

	/**
	 * Only STAFF may turn the app off; ADMINs must keep one.
	 */
	public boolean mayTurnOff() {
		return this.enabled && !this.required;
	}

	/**
	 * The secret of an app being enrolled: as a QR code, and as text in groups of four
	 * for typing it in.
	 */
	record TotpSetup(String qrCode, String secretInGroups) {
	}

}
