package co.gov.mineducacion.cooperation.shared.security;

import co.gov.mineducacion.cooperation.shared.PortalProperties;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories.AdditionalRequiredFactorsBuilder;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.ConditionalAuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public pages and the health probe are open to everyone; the admin area and every
 * other actuator endpoint need a staff sign-in, completed with a code from an
 * authenticator app for ADMINs and for anyone who enrolled one ({@link SecondFactor}) —
 * until an ADMIN has enrolled, only the enrolment page opens. Staff may also sign in
 * through the Ministry's OpenID Connect provider when one is registered
 * ({@link DirectorySignIn}). Every state-changing request carries a CSRF token, kept in
 * the session or, for a visitor without one, in a signed cookie
 * ({@link SessionOrCookieCsrfTokenRepository}), and every response carries headers that
 * forbid inline scripts, framing and content sniffing.
 */
@Configuration(proxyBeanMethods = false)
@EnableMultiFactorAuthentication(authorities = SecondFactor.AUTHORITY)
public class SecurityConfiguration {

	static final String ENROLMENT = "/admin/account/security";

	static final String CODE_PAGE = "/login/code";

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
			PortalProperties properties, ApplicationEventPublisher events, FormCsrfTokens csrfTokens) throws Exception {
		ClientRegistrationRepository directory = registrations.getIfAvailable();
		DirectorySignIn directorySignIn = (directory != null) ? new DirectorySignIn(directory, properties, events)
				: null;
		if (directorySignIn != null) {
			http.oauth2Login(directorySignIn::configure);
		}
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMIN")
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(ENROLMENT, ENROLMENT + "/**")
			.access(enrolment())
			.requestMatchers("/admin/staff/**", "/admin/catalog/**", "/admin/contact-channels/**",
					"/admin/answer-templates/**", "/admin/audit/**", "/admin/data-requests/**", "/admin/settings/**",
					"/admin/outbox/**", "/admin/publication/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasAnyRole("STAFF", "ADMIN")
			.anyRequest()
			.permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens.repository())
				.csrfTokenRequestHandler(csrfTokens.handler()))
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(new HeaderWriterLogoutHandler(
						new ClearSiteDataHeaderWriter(Directive.CACHE, Directive.STORAGE)))
				.logoutSuccessHandler((directorySignIn != null) ? directorySignIn::signedOut : signedOutPage())
				.deleteCookies("JSESSIONID"))
			.exceptionHandling((exceptions) -> exceptions.defaultDeniedHandlerForMissingAuthority(secondFactorPage(),
					SecondFactor.AUTHORITY))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(directorySignIn)))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Spring Security requires {@link SecondFactor#AUTHORITY} beside every role check,
	 * but only for sign-ins that need it: ADMINs and enrolled staff.
	 */
	@Bean
	Customizer<AdditionalRequiredFactorsBuilder<Object>> secondFactorWhereRequired() {
		return (factors) -> factors.when(SecondFactor::required);
	}

	/**
	 * Any staff member may manage their app; with one enrolled, only after its code. This
	 * is the one page an ADMIN without an app reaches after the password.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> enrolment() {
		AuthorizationManager<RequestAuthorizationContext> codeOnceEnrolled = ConditionalAuthorizationManager
			.<RequestAuthorizationContext>when(
					(authentication) -> SecondFactor.enrolled(authentication) && SecondFactor.required(authentication))
			.whenTrue(AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
				.requireFactor((factor) -> factor.authority(SecondFactor.AUTHORITY))
				.build())
			.build();
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAnyRole("STAFF", "ADMIN"),
				codeOnceEnrolled);
	}

	/**
	 * Where a sign-in without the code goes: to the code page when an app is enrolled,
	 * otherwise (an ADMIN) to enrol one.
	 */
	private static AuthenticationEntryPoint secondFactorPage() {
		DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();
		return (request, response, exception) -> redirects.sendRedirect(request, response,
				SecondFactor.enrolled(SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication())
						? CODE_PAGE : ENROLMENT);
	}

	/**
	 * With directory sign-in on, the sign-out form may lead on to the provider's sign-out
	 * page.
	 */
	private static String contentSecurityPolicy(DirectorySignIn directorySignIn) {
		String signOutOrigins = (directorySignIn != null) ? directorySignIn.signOutOrigins() : "";
		return signOutOrigins.isEmpty() ? CONTENT_SECURITY_POLICY
				: CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + signOutOrigins);
	}

	private static LogoutSuccessHandler signedOutPage() {
		SimpleUrlLogoutSuccessHandler page = new SimpleUrlLogoutSuccessHandler();
		page.setDefaultTargetUrl(DirectorySignIn.SIGNED_OUT);
		return page;
	}

	/**
	 * Whether the page answering this request carries the visitor's CSRF token (it has a
	 * form that posts): such a page is for that visitor's browser alone.
	 */
	public static boolean carriesCsrfToken(HttpServletRequest request) {
		return request.getAttribute(SessionOrCookieCsrfTokenRepository.TOKEN_USED) != null;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
