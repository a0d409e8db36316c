package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that met a database outage with 503, {@code Retry-After} and a page
 * that says to try again in a moment, instead of the error page for faults of the portal.
 * It sits outside the session and security filters because both keep their state in
 * PostgreSQL: the page is rendered here, from what the request itself carries, without
 * touching the database again ({@link UnavailableAnswer}).
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * After the character encoding filter, so posted text is read right, and before the
	 * session repository filter ({@code Integer.MIN_VALUE + 50}).
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	static final int RETRY_AFTER_SECONDS = 30;

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final UnavailableAnswer unavailable;

	DatabaseOutageFilter(UnavailableAnswer unavailable) {
		this.unavailable = unavailable;
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
			this.unavailable.send(request, response, RETRY_AFTER_SECONDS);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
