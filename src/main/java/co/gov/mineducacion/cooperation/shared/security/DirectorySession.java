package co.gov.mineducacion.cooperation.shared.security;

import java.io.Serializable;

/**
 * What a sign-in through the Ministry's directory keeps beside the staff member's usual
 * sign-in: which provider, and its ID token, which ends the provider's session at
 * sign-out. Kept in the HTTP session (PostgreSQL), so it is serialisable.
 *
 * @param registrationId the provider's registration
 * @param idToken the ID token, as the provider signed it
 */
record DirectorySession(String registrationId, String idToken) implements Serializable {

}
