package co.gov.mineducacion.cooperation.shared.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

import co.gov.mineducacion.cooperation.shared.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in through the Ministry's OpenID Connect provider, on only when a
 * {@code spring.security.oauth2.client} registration is configured. The staff feature
 * decides who may come in (its {@code OAuth2UserService} bean); here the accepted sign-in
 * becomes the same kind of authentication as a password sign-in (a {@link User} with the
 * portal's authorities), refusals and failures go back to the sign-in page, and sign-out
 * ends the provider's session too when it offers an {@code end_session_endpoint}.
 */
final class DirectorySignIn {

	static final String SIGNED_OUT = "/login?signedOut";

	private final ClientRegistrationRepository registrations;

	private final PortalProperties properties;

	private final ApplicationEventPublisher events;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SavedRequestAwareAuthenticationSuccessHandler destination = new SavedRequestAwareAuthenticationSuccessHandler();

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	DirectorySignIn(ClientRegistrationRepository registrations, PortalProperties properties,
			ApplicationEventPublisher events) {
		this.registrations = registrations;
		this.properties = properties;
		this.events = events;
		this.destination.setDefaultTargetUrl("/admin");
	}

	void configure(OAuth2LoginConfigurer<HttpSecurity> login) {
		login.loginPage("/login").successHandler(this::signedIn).failureHandler(this::failed);
	}

	/**
	 * Keeps a staff member's sign-in, not the provider's: the session then holds what a
	 * password sign-in holds, plus the ID token for signing out.
	 */
	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, jakarta.servlet.ServletException {
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		User principal = new User(token.getName(), "", token.getAuthorities());
		principal.eraseCredentials();
		UsernamePasswordAuthenticationToken staff = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				token.getAuthorities());
		staff.setDetails(new DirectorySession(token.getAuthorizedClientRegistrationId(),
				((OidcUser) token.getPrincipal()).getIdToken().getTokenValue()));
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(staff);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.destination.onAuthenticationSuccess(request, response, staff);
	}

	/**
	 * A refusal by the staff feature names its reason ({@code portal_...}); anything else
	 * (a forged token, an error from the provider) is a failure, recorded and shown as
	 * such.
	 */
	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: "failed";
		if (code == null || !code.matches("portal_[a-z_]{1,40}")) {
			// The code may come from the address the provider sent back: only a plain one
			// is
			// recorded.
			boolean plain = code != null && code.matches("[A-Za-z0-9_.-]{1,64}");
			this.events.publishEvent(new DirectorySignInFailed(plain ? code : "other"));
			code = "failed";
		}
		this.redirects.sendRedirect(request, response, "/login?directory=" + code);
	}

	/**
	 * After the portal's session ended: the provider's sign-out page when the member came
	 * through the directory and the provider has one, which then sends them back to the
	 * sign-in page; otherwise the sign-in page at once.
	 */
	void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String target = SIGNED_OUT;
		if (authentication != null && authentication.getDetails() instanceof DirectorySession session) {
			ClientRegistration registration = this.registrations.findByRegistrationId(session.registrationId());
			Object endSession = (registration != null)
					? registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint") : null;
			if (endSession != null) {
				target = UriComponentsBuilder.fromUriString(endSession.toString())
					.queryParam("id_token_hint", "{idToken}")
					.queryParam("client_id", "{clientId}")
					.queryParam("post_logout_redirect_uri", "{after}")
					.encode()
					.buildAndExpand(session.idToken(), registration.getClientId(), postLogoutRedirectUri())
					.toUriString();
			}
		}
		this.redirects.sendRedirect(request, response, target);
	}

	/**
	 * The origins the sign-out form may be sent on to (the providers' sign-out pages),
	 * for the {@code form-action} directive of the content security policy: browsers
	 * apply it to the redirect that follows the form.
	 */
	String signOutOrigins() {
		Set<String> origins = new TreeSet<>();
		if (this.registrations instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration && registration.getProviderDetails()
					.getConfigurationMetadata()
					.get("end_session_endpoint") instanceof Object endSession) {
					URI uri = URI.create(endSession.toString());
					origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
				}
			}
		}
		return String.join(" ", origins);
	}

	private String postLogoutRedirectUri() {
		return UriComponentsBuilder.fromUri(this.properties.baseUrl())
			.path("/login")
			.query("signedOut")
			.build()
			.toUriString();
	}

}
