package co.gov.mineducacion.cooperation.test;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Office members fully signed in, for one MockMvc request: a STAFF member after the
 * password (no authenticator app), an ADMIN after password and code. The same authorities
 * as {@link WithStaff} and {@link WithAdmin}.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor staff(String email) {
		return user(email).authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "FACTOR_PASSWORD"));
	}

	public static RequestPostProcessor admin(String email) {
		return user(email).authorities(
				AuthorityUtils.createAuthorityList("ROLE_ADMIN", "FACTOR_PASSWORD", "FACTOR_TOTP", "TOTP_ENROLLED"));
	}

}
