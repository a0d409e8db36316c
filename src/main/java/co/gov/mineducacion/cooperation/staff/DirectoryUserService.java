package co.gov.mineducacion.cooperation.staff;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import co.gov.mineducacion.cooperation.shared.security.SecondFactor;

import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Decides who a sign-in through the Ministry's directory is in the portal, once Spring
 * Security has checked the ID token (signature, issuer, audience, nonce, expiry) and read
 * the user info: the staff account of the verified email, with the role the roles claim
 * maps to, or a refusal that the sign-in page explains. Exists only when a provider is
 * registered.
 */
@Component
@ConditionalOnOAuth2ClientRegistrationProperties
class DirectoryUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final DirectoryAccounts accounts;

	private final PortalProperties properties;

	private final Clock clock;

	DirectoryUserService(DirectoryAccounts accounts, PortalProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.provider.loadUser(request);
		DirectoryClaims claims = DirectoryClaims.read(claims(user), this.properties.oidc());
		DirectoryOutcome outcome = this.accounts.signIn(claims);
		if (!outcome.isAccepted()) {
			throw new OAuth2AuthenticationException(new OAuth2Error(outcome.refusal().code()));
		}
		return new StaffDirectoryUser(user, outcome.email(), SecondFactor.directoryAuthorities(outcome.role().name(),
				outcome.totpEnabled(), claims.multiFactor(), this.clock.instant()));
	}

	/**
	 * The user's claims, with {@code amr} and {@code acr} only as the signed ID token
	 * states them: the user info must not vouch for a second factor.
	 */
	private static Map<String, Object> claims(OidcUser user) {
		Map<String, Object> claims = new HashMap<>(user.getClaims());
		claims.remove("amr");
		claims.remove("acr");
		for (String name : new String[] { "amr", "acr" }) {
			Object value = user.getIdToken().getClaims().get(name);
			if (value != null) {
				claims.put(name, value);
			}
		}
		return claims;
	}

	/**
	 * The directory's user under the staff member's email, with the portal's authorities.
	 */
	static final class StaffDirectoryUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String email;

		StaffDirectoryUser(OidcUser user, String email, Collection<? extends GrantedAuthority> authorities) {
			super(authorities, user.getIdToken(), user.getUserInfo());
			this.email = email;
		}

		@Override
		public String getName() {
			return this.email;
		}

	}

}
