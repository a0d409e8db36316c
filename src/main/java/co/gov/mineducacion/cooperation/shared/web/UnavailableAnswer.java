package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import co.gov.mineducacion.cooperation.shared.security.FormCsrfTokens;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to a request the portal cannot serve for a moment: 503, {@code Retry-After}
 * and a page that says to try again in a moment (a feature's own {@link UnavailablePage}
 * where one answers the request, such as the offer form with what was typed), rendered
 * from what the request itself carries, without the session or the database.
 */
@Component
class UnavailableAnswer {

	static final String GENERAL_PAGE = "error/503";

	private final ObjectProvider<UnavailablePage> pages;

	private final FilterPages filterPages;

	UnavailableAnswer(ObjectProvider<UnavailablePage> pages, FilterPages filterPages) {
		this.pages = pages;
		this.filterPages = filterPages;
	}

	void send(HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds)
			throws IOException, ServletException {
		response.resetBuffer();
		// Whatever the failed request had prepared: a redirect, a download.
		response.setHeader(HttpHeaders.LOCATION, null);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
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
	 * The session that may hold the real CSRF token is in the database: a form on this
	 * page carries the token the browser just sent, which is valid again in a moment.
	 * Without one, forms get none rather than a deferred token that would query the
	 * database.
	 */
	private static void reuseSubmittedCsrfToken(HttpServletRequest request) {
		String submitted = request.getParameter(FormCsrfTokens.PARAMETER);
		if (submitted == null || submitted.isBlank()) {
			request.removeAttribute(CsrfToken.class.getName());
			request.removeAttribute(FormCsrfTokens.PARAMETER);
			return;
		}
		CsrfToken token = FormCsrfTokens.sent(submitted);
		request.setAttribute(CsrfToken.class.getName(), token);
		request.setAttribute(token.getParameterName(), token);
	}

}
