package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.io.InputStream;

import co.gov.mineducacion.cooperation.shared.security.SecurityConfiguration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.WebUtils;

/**
 * The public pages that features declare {@link PublicPages#revalidated revalidated}
 * carry, for a visitor without a session, an {@code ETag} computed from the page sent and
 * {@code Cache-Control: no-cache}: browsers and proxies may keep them (the back/forward
 * cache works) but ask each time, and get a bodiless 304 while the page is unchanged.
 * Because the tag is a hash of the very page, it changes with the language, the filters
 * and any change an ADMIN makes, and is never stale.
 * <p>
 * A page made for one visitor is {@code private}: one that carries the visitor's CSRF
 * token (a form) or sets a cookie stays in that visitor's browser, never in a shared
 * cache. A visitor with a session (staff, a cooperator shown a flash message) gets every
 * page {@code no-store}, as before.
 */
@Configuration(proxyBeanMethods = false)
class RevalidatedPagesConfiguration {

	static final String REVALIDATE = "no-cache";

	static final String REVALIDATE_PRIVATELY = "private, no-cache";

	@Bean
	FilterRegistrationBean<RevalidatedPagesFilter> revalidatedPages(ObjectProvider<PublicPages> pages) {
		FilterRegistrationBean<RevalidatedPagesFilter> registration = new FilterRegistrationBean<>(
				new RevalidatedPagesFilter());
		pages.orderedStream()
			.filter(PublicPages::revalidated)
			.forEach((declared) -> registration.addUrlPatterns(declared.paths().toArray(String[]::new)));
		// Without a pattern the filter would apply to every URL.
		registration.setEnabled(!registration.getUrlPatterns().isEmpty());
		return registration;
	}

	/**
	 * Asks caches to revalidate, then lets Spring's shallow ETag filter answer
	 * {@code If-None-Match}.
	 */
	static class RevalidatedPagesFilter extends ShallowEtagHeaderFilter {

		/**
		 * Weak tags: Tomcat compresses no answer that carries a strong one, and a weak
		 * tag says what is meant here, the same page whatever its encoding.
		 */
		RevalidatedPagesFilter() {
			setWriteWeakETag(true);
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			return !("GET".equals(method) || "HEAD".equals(method)) || WebUtils.getCookie(request, "SESSION") != null
					|| signedIn();
		}

		private static boolean signedIn() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			// Set before the page is written, so that the security headers' default
			// "no-store" does not replace it.
			response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
			response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
			super.doFilterInternal(request, response, filterChain);
		}

		@Override
		protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
				int responseStatusCode, InputStream inputStream) {
			if (REVALIDATE.equals(response.getHeader(HttpHeaders.CACHE_CONTROL))
					&& (SecurityConfiguration.carriesCsrfToken(request)
							|| !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty())) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE_PRIVATELY);
			}
			return super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
		}

	}

}
