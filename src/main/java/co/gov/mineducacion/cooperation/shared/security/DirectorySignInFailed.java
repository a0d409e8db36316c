package co.gov.mineducacion.cooperation.shared.security;

/**
 * A sign-in through the Ministry's directory failed before the portal knew who it was
 * for: a forged or expired ID token, an error from the provider, a lost sign-in request.
 *
 * @param error the OAuth 2.0 error code
 */
public record DirectorySignInFailed(String error) {

}
