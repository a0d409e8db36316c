package co.gov.mineducacion.cooperation.staff;

/**
 * What became of a code typed to complete a sign-in.
 */
enum SignInCode {

	/** A valid code from the app. */
	ACCEPTED,

	/** An unused recovery code, now used up. */
	RECOVERY_CODE_ACCEPTED,

	/** Wrong, expired or already used; counts as a failed sign-in. */
	REJECTED,

	/** The account is locked (or no longer signs in): the sign-in ends. */
	LOCKED;

	boolean accepted() {
		return this == ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
	}

}
