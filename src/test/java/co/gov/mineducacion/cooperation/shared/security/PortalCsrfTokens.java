package co.gov.mineducacion.cooperation.shared.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Gives the shared application context's CSRF filter the portal's token repository back.
 * Spring Security's {@code csrf()} request post-processor swaps it, for good, for a
 * session-backed test repository: a test of where tokens live must undo that first, and
 * so must a test that uses {@code csrf()} in a context whose browsers post kept forms
 * (their tokens come from the portal's repository, {@link FormCsrfTokens}).
 */
public final class PortalCsrfTokens {

	private PortalCsrfTokens() {
	}

	public static void restore(ApplicationContext context) {
		FilterChainProxy chains = context.getBean(FilterChainProxy.class);
		CsrfTokenRepository portals = context.getBean(FormCsrfTokens.class).repository();
		chains.getFilterChains()
			.stream()
			.flatMap((chain) -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance)
			.forEach((filter) -> ReflectionTestUtils.setField(filter, "tokenRepository", portals));
	}

}
