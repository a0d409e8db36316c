package co.gov.mineducacion.cooperation.staff;

/**
 * A staff account as the account list shows it.
 */
record AccountSummary(Long id, String email, String displayName, StaffRole role, boolean active, boolean locked,
		boolean passwordSet) {

}
