package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stylesheets, scripts, images and icons are the same for everyone, so their requests go
 * on without the visitor's cookies: otherwise Spring MVC looks the session up in
 * PostgreSQL for every file (for flash attributes), a query per file and, while the
 * database is away, pages without their styles.
 */
@Component
class SessionlessStaticResourcesFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Before the session repository filter reads the session cookie.
	 */
	static final int ORDER = DatabaseOutageFilter.ORDER + 1;

	/**
	 * The portal's own files (styles, scripts, fonts, images): one matcher for every
	 * filter that asks.
	 */
	static final RequestMatcher STATIC_RESOURCES = PathRequest.toStaticResources().atCommonLocations();

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !STATIC_RESOURCES.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutCookies(request), response);
	}

	private static final class WithoutCookies extends HttpServletRequestWrapper {

		WithoutCookies(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

	}

}
