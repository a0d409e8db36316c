package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public pages that features declare {@link PublicPages#revalidated revalidated}
 * carry an {@code ETag} computed from the page sent, and {@code Cache-Control: no-cache}:
 * browsers and proxies may keep them but ask each time, and get a bodiless 304 while the
 * page is unchanged. Because the tag is a hash of the very page, it changes with the
 * language, the filters and any change an ADMIN makes, and is never stale.
 */
@Configuration(proxyBeanMethods = false)
class RevalidatedPagesConfiguration {

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

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
				// Set before the page is written, so that the security headers' default
				// "no-store" does not replace it.
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
				response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
			}
			super.doFilterInternal(request, response, filterChain);
		}

	}

}
