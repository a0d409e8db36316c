package co.gov.mineducacion.cooperation.staff;

/**
 * The portal's answer to a directory sign-in: the member it signs in, with their role and
 * whether they have an authenticator app, or why it refused.
 */
record DirectoryOutcome(String email, StaffRole role, boolean totpEnabled, DirectoryRefusal refusal) {

	static DirectoryOutcome accepted(String email, StaffRole role, boolean totpEnabled) {
		return new DirectoryOutcome(email, role, totpEnabled, null);
	}

	static DirectoryOutcome refused(DirectoryRefusal refusal) {
		return new DirectoryOutcome(null, null, false, refusal);
	}

	boolean isAccepted() {
		return this.refusal == null;
	}

}
