package co.gov.mineducacion.cooperation.shared.web;

import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;

/**
 * Tomcat's last word, for what it refuses before the portal runs: a path with an encoded
 * slash, dot segment or NUL, a request line or header over the limit. Instead of Tomcat's
 * bare "HTTP Status 400" it writes the portal's page for the status in the visitor's
 * language, with the security headers ({@link FilterPages}); the address that was sent is
 * not repeated.
 */
class PortalErrorReportValve extends ErrorReportValve {

	private static final Set<Integer> OWN_PAGES = Set.of(403, 404, 409, 413, 429, 503);

	private static final Logger logger = LoggerFactory.getLogger(PortalErrorReportValve.class);

	private final ObjectProvider<FilterPages> pages;

	private final ServletContext servletContext;

	PortalErrorReportValve(ObjectProvider<FilterPages> pages, ServletContext servletContext) {
		this.pages = pages;
		this.servletContext = servletContext;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			this.pages.getObject()
				.renderAway(viewFor(status), new InContext(request, this.servletContext), response.getResponse());
			response.finishResponse();
		}
		catch (Exception | LinkageError ex) {
			logger.debug("Could not write the portal's error page", ex);
		}
	}

	static String viewFor(int status) {
		if (OWN_PAGES.contains(status)) {
			return "error/" + status;
		}
		return (status < 500) ? FilterPages.BAD_REQUEST : "error/5xx";
	}

	/**
	 * A request Tomcat refused before mapping it to the portal has no servlet context of
	 * its own; the page is rendered in the portal's.
	 */
	private static final class InContext extends HttpServletRequestWrapper {

		private final ServletContext servletContext;

		InContext(Request request, ServletContext servletContext) {
			super(request.getRequest());
			this.servletContext = servletContext;
		}

		@Override
		public ServletContext getServletContext() {
			return this.servletContext;
		}

	}

}
