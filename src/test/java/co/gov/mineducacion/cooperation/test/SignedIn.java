package co.gov.mineducacion.cooperation.test;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
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
		return user(email).authorities(AuthorityUtils.createAuthorityList(authoritiesOf(WithStaff.class)));
	}

	public static RequestPostProcessor admin(String email) {
		return user(email).authorities(AuthorityUtils.createAuthorityList(authoritiesOf(WithAdmin.class)));
	}

	/**
	 * The authorities the meta-annotation grants: one definition of a signed-in member.
	 */
	private static String[] authoritiesOf(Class<?> annotation) {
		return annotation.getAnnotation(WithMockUser.class).authorities();
	}

}
