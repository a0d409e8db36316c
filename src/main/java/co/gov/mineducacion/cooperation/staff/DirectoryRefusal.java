package co.gov.mineducacion.cooperation.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the portal turned away someone the Ministry's directory had signed in. The sign-in
 * page says which, through the message {@code staff.signin.directory.<code>}.
 */
enum DirectoryRefusal {

	/** The directory did not vouch for the email address. */
	EMAIL_NOT_VERIFIED,
	/** The roles claim holds neither a STAFF nor an ADMIN value. */
	NO_ROLE,
	/** No account, and an ADMIN has not allowed the email's domain. */
	DOMAIN_NOT_ALLOWED,
	/** The staff account was deactivated. */
	DEACTIVATED,
	/** The staff account waits after too many failed sign-ins. */
	LOCKED;

	/** The OAuth 2.0 error code that carries the refusal to the sign-in page. */
	String code() {
		return "portal_" + name().toLowerCase(Locale.ROOT);
	}

	String messageKey() {
		return "staff.signin.directory." + name().toLowerCase(Locale.ROOT);
	}

	static Optional<DirectoryRefusal> fromCode(String code) {
		return Arrays.stream(values()).filter((refusal) -> refusal.code().equals(code)).findFirst();
	}

}
