package co.gov.mineducacion.cooperation.shared.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public pages and the health probe are open to everyone; the admin area and every
 * other actuator endpoint need a staff sign-in. Every state-changing request carries a
 * CSRF token, and every response carries headers that forbid inline scripts, framing and
 * content sniffing.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMIN")
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/staff/**", "/admin/catalog/**", "/admin/contact-channels/**",
					"/admin/answer-templates/**", "/admin/audit/**", "/admin/outbox/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasAnyRole("STAFF", "ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies("JSESSIONID"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
