package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stylesheets and scripts are linked at an address that names a hash of their content
 * (Spring's resource chain, {@code spring.web.resources.chain.strategy.content}), so a
 * browser may keep what it fetched there for a year without asking: a new release links
 * to new addresses. The same files asked for by their plain address, and the other static
 * files, are revalidated ({@code no-cache}, answered with a 304 while unchanged) instead
 * of fetched anew.
 */
@Component
class VersionedResourcesFilter extends OncePerRequestFilter implements Ordered {

	static final String A_YEAR = "public, max-age=31536000, immutable";

	private static final Pattern VERSIONED = Pattern.compile("/(css|js)/.+-[0-9a-f]{32}\\.(css|js)");

	private static final Pattern STATIC = Pattern.compile("/(css|js|images|webjars)/.+|/favicon\\.(svg|ico)");

	@Override
	public int getOrder() {
		return SessionlessStaticResourcesFilter.ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !STATIC.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean versioned = VERSIONED.matcher(path(request)).matches();
		// Set first: the security headers' default "no-store" applies only where none is.
		response.setHeader(HttpHeaders.CACHE_CONTROL, versioned ? A_YEAR : "no-cache");
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
