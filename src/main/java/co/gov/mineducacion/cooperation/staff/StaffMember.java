package co.gov.mineducacion.cooperation.staff;

import java.util.Locale;

/**
 * A staff member as other features see them.
 *
 * @param language the language they last signed in with (Spanish until then)
 */
public record StaffMember(Long id, String email, String displayName, StaffRole role, Locale language) {

}
