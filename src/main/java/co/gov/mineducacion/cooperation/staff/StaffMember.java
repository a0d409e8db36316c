package co.gov.mineducacion.cooperation.staff;

/**
 * A staff member as other features see them.
 */
public record StaffMember(Long id, String email, String displayName, StaffRole role) {

}
