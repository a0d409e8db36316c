package co.gov.mineducacion.cooperation.shared.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Gives the shared application context's CSRF filter the portal's token repository back.
 * Spring Security's {@code csrf()} request post-processor swaps it, for good, for a
 * session-backed test repository: a test of where tokens live must undo that first.
 */
public final class PortalCsrfTokens {

	private PortalCsrfTokens() {
	}

	public static void restore(ApplicationContext context) {
		FilterChainProxy chains = context.getBean(FilterChainProxy.class);
		TokenSigner signer = context.getBean(TokenSigner.class);
		chains.getFilterChains()
			.stream()
			.flatMap((chain) -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance)
			.forEach((filter) -> ReflectionTestUtils.setField(filter, "tokenRepository",
					new SessionOrCookieCsrfTokenRepository(signer)));
	}

}
