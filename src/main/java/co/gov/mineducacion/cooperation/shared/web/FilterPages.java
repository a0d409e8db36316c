package co.gov.mineducacion.cooperation.shared.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import co.gov.mineducacion.cooperation.shared.security.SecurityConfiguration;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;

/**
 * Renders one of the portal's pages from a servlet filter, where Spring MVC has not run:
 * in the visitor's language, with what the layout needs (every {@link LayoutAttributes}:
 * the language switch, the display tools, the navigation). Used for the answers given
 * before the session and security filters, which must not read the database or the body:
 * "try again in a moment" and "too large", and for the container's own refusals
 * ({@link PortalErrorReportValve}). Spring Security has not run either, so the page
 * carries the same security headers here.
 */
@Component
class FilterPages {

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final LocaleResolver locales;

	private final ObjectProvider<LayoutAttributes> layouts;

	FilterPages(ObjectProvider<ThymeleafViewResolver> views, LocaleResolver locales,
			ObjectProvider<LayoutAttributes> layouts) {
		this.views = views;
		this.locales = locales;
		this.layouts = layouts;
	}

	/**
	 * The page for a request the portal refuses to read.
	 */
	static final String BAD_REQUEST = "error/4xx";

	Locale languageOf(HttpServletRequest request) {
		return this.locales.resolveLocale(request);
	}

	/**
	 * Writes {@code viewName} with {@code model} as the response's HTML; the status and
	 * headers are the caller's.
	 */
	void render(String viewName, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		response.setContentType("text/html;charset=UTF-8");
		writeSecurityHeaders(request, response);
		Locale locale = languageOf(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		Map<String, Object> layout = new HashMap<>(model);
		this.layouts.orderedStream().forEach((attributes) -> {
			Map<String, Object> frame = new HashMap<>();
			attributes.addTo(frame, request, locale);
			frame.forEach(layout::putIfAbsent);
		});
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
		try {
			View view = this.views.getObject().resolveViewName(viewName, locale);
			Objects.requireNonNull(view, viewName).render(layout, request, response);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException("Could not render " + viewName, ex);
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	/**
	 * Writes {@code viewName} for a request whose address is not to be trusted (or that
	 * Tomcat could not even read): the frame's links (language, display tools, the
	 * current menu entry) are drawn as for the home page rather than repeating what was
	 * sent.
	 */
	void renderAway(String viewName, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		render(viewName, Map.of(), new AsHomePage(request), response);
	}

	/**
	 * The request as if it had asked for the home page: its path, query and method are
	 * the only parts the layouts read to build links.
	 */
	private static final class AsHomePage extends HttpServletRequestWrapper {

		AsHomePage(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			return "/";
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public Object getAttribute(String name) {
			return RequestDispatcher.ERROR_REQUEST_URI.equals(name) ? null : super.getAttribute(name);
		}

	}

	/**
	 * The headers {@link SecurityConfiguration} gives every other page.
	 */
	static void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
	}

}
