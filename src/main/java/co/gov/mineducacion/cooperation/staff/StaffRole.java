package co.gov.mineducacion.cooperation.staff;

/**
 * What a staff member may do: STAFF triage offers; ADMIN also manage accounts, the
 * catalogue, contact channels and settings.
 */
public enum StaffRole {

	STAFF, ADMIN

}
