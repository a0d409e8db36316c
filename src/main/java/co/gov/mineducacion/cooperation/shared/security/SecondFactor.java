package co.gov.mineducacion.cooperation.shared.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The second sign-in factor: a code from an authenticator app (TOTP). A sign-in with the
 * password holds {@link FactorGrantedAuthority#PASSWORD_AUTHORITY}; a valid code adds
 * {@link #AUTHORITY}. ADMINs, and anyone who enrolled an app ({@link #ENROLLED}), need
 * both before the workspace opens; the security policy enforces it with Spring Security's
 * multi-factor support. A sign-in through the Ministry's directory holds
 * {@link FactorGrantedAuthority#AUTHORIZATION_CODE_AUTHORITY} instead of the password,
 * and {@link #DIRECTORY} when the directory itself checked a second factor, which then
 * stands in for the code.
 */
@Component
public class SecondFactor {

	/**
	 * The factor a sign-in holds once a code from the authenticator app was accepted.
	 */
	public static final String AUTHORITY = "FACTOR_TOTP";

	/**
	 * Marks the sign-in of an account with an authenticator app enrolled.
	 */
	public static final String ENROLLED = "TOTP_ENROLLED";

	/**
	 * The factor a directory sign-in holds when the directory reports that it checked a
	 * second factor ({@code amr}/{@code acr} claims).
	 */
	public static final String DIRECTORY = "FACTOR_DIRECTORY_MFA";

	private static final String ADMIN = "ROLE_ADMIN";

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RequestCache requests = new HttpSessionRequestCache();

	private final Clock clock;

	SecondFactor(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Whether this sign-in needs a code before the workspace opens: ADMINs always, others
	 * once they enrolled an app; never when the directory checked a second factor.
	 */
	public static boolean required(Authentication authentication) {
		return (holds(authentication, ADMIN) || holds(authentication, ENROLLED)) && !holds(authentication, DIRECTORY);
	}

	/**
	 * The authorities of a sign-in through the Ministry's directory, for an account with
	 * {@code role}: the directory's factor, the enrolment marker when the account has an
	 * app, and {@link #DIRECTORY} when the directory checked a second factor.
	 */
	public static List<GrantedAuthority> directoryAuthorities(String role, boolean enrolled, boolean multiFactor,
			Instant at) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
			.issuedAt(at)
			.build());
		if (enrolled) {
			authorities.add(new SimpleGrantedAuthority(ENROLLED));
		}
		if (multiFactor) {
			authorities.add(FactorGrantedAuthority.withAuthority(DIRECTORY).issuedAt(at).build());
		}
		return authorities;
	}

	/**
	 * Whether this sign-in came through the Ministry's directory rather than a password.
	 */
	public static boolean viaDirectory(Authentication authentication) {
		return holds(authentication, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
	}

	/**
	 * Whether the account behind this sign-in has an authenticator app enrolled.
	 */
	public static boolean enrolled(Authentication authentication) {
		return holds(authentication, ENROLLED);
	}

	/**
	 * Whether a valid code from the app was given in this sign-in.
	 */
	public static boolean passed(Authentication authentication) {
		return holds(authentication, AUTHORITY);
	}

	/**
	 * Signed in with the password (or through the directory, which did not check a second
	 * factor), the account has an app enrolled, and the code is still missing.
	 */
	public static boolean awaitingCode(Authentication authentication) {
		return (holds(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
				|| (viaDirectory(authentication) && !holds(authentication, DIRECTORY))) && enrolled(authentication)
				&& !passed(authentication);
	}

	/**
	 * The current sign-in has just proven the second factor (a code at sign-in, or the
	 * code that confirmed a new enrolment): it gains the factor, and the session a new
	 * id, as at any change of privilege.
	 */
	public void grant(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = this.holder.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated()) {
			throw new IllegalStateException("Nobody is signed in");
		}
		Authentication upgraded = current.toBuilder().authorities((authorities) -> {
			authorities.removeIf((a) -> AUTHORITY.equals(a.getAuthority()) || ENROLLED.equals(a.getAuthority()));
			authorities.add(FactorGrantedAuthority.withAuthority(AUTHORITY).issuedAt(this.clock.instant()).build());
			authorities.add(new SimpleGrantedAuthority(ENROLLED));
		}).build();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(upgraded);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Where to go once signed in completely: the page that was asked for before the code
	 * was, or {@code fallback}.
	 */
	public String destination(HttpServletRequest request, HttpServletResponse response, String fallback) {
		SavedRequest saved = this.requests.getRequest(request, response);
		return (saved != null) ? saved.getRedirectUrl() : fallback;
	}

	/**
	 * Ends a sign-in that may not go on, for example when the account locked while the
	 * code was awaited.
	 */
	public void abandon(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, this.holder.getContext().getAuthentication());
	}

	private static boolean holds(Authentication authentication, String authority) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		return authorities.stream().anyMatch((a) -> authority.equals(a.getAuthority()));
	}

}
