package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a request that met a database outage with 503, {@code Retry-After} and a page
 * that says to try again in a moment, instead of the error page for faults of the portal.
 * It sits outside the session and security filters because both keep their state in
 * PostgreSQL: the page is rendered here, from what the request itself carries, without
 * touching the database again. A feature may answer its own requests better through a
 * {@link DatabaseOutagePage}.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * After the character encoding filter, so posted text is read right, and before the
	 * session repository filter ({@code Integer.MIN_VALUE + 50}).
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	static final String RETRY_AFTER_SECONDS = "30";

	static final String GENERAL_PAGE = "error/503";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ObjectProvider<DatabaseOutagePage> pages;

	private final FilterPages filterPages;

	DatabaseOutageFilter(ObjectProvider<DatabaseOutagePage> pages, FilterPages filterPages) {
		this.pages = pages;
		this.filterPages = filterPages;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			// Method and path only: never parameters, which may hold personal data.
			logger.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		response.resetBuffer();
		// Whatever the failed request had prepared: a redirect, a download.
		response.setHeader(HttpHeaders.LOCATION, null);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Locale locale = this.filterPages.languageOf(request);
		reuseSubmittedCsrfToken(request);
		ModelAndView page = this.pages.orderedStream()
			.map((candidate) -> candidate.pageFor(request, locale))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseGet(() -> new ModelAndView(GENERAL_PAGE));
		this.filterPages.render(page.getViewName(), page.getModel(), request, response);
	}

	/**
	 * The session that holds the real CSRF token is in the database: a form on this page
	 * carries the token the browser just sent, which is valid again once the database is
	 * back. Without one, forms get none rather than a deferred token that would query the
	 * database.
	 */
	private static void reuseSubmittedCsrfToken(HttpServletRequest request) {
		String submitted = request.getParameter("_csrf");
		if (submitted == null || submitted.isBlank()) {
			request.removeAttribute(CsrfToken.class.getName());
			request.removeAttribute("_csrf");
			return;
		}
		CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", submitted);
		request.setAttribute(CsrfToken.class.getName(), token);
		request.setAttribute("_csrf", token);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
